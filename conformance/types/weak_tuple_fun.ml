let p = (fun x -> x), []
let q = let x = ref 0 in fun y -> y
