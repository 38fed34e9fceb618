let a = 1 + let x = 2 in x
let b = f (fun x -> x) 1
let c = x |> fun y -> y + 1
let d = 1 :: match l with [] -> [] | l -> l
let e = fun x -> fun y -> x + y
let g = x, fun y -> y
