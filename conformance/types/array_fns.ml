let sq a = Array.map (fun x -> x * x) a
let tot a = Array.fold_left ( + ) 0 a
let init = Array.init 3 (fun i -> i)
