let a = fun (x, y) -> x + y
let b (x, y) (z, w) = x + y + z + w
let c = fun ((a, b), c) -> a + b + c
let d = List.map (fun (k, v) -> k ^ v)
