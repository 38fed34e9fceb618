let a = fun (Some x) -> x
let b (Box v) = v
let c = fun `A -> 1
let d (Pair (x, y)) = x + y
let e = fun [] -> 0
let f = fun () -> 1
