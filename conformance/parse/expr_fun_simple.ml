let a = fun x -> x
let b = fun x y z -> x + y + z
let c = fun () -> ()
let d = fun _ -> 0
let e = fun x -> fun y -> x y
