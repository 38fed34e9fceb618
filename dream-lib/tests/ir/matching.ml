type t = A | B of int | C of int * string
let f = function A -> 0 | B n when n > 0 -> n | B _ -> -1 | C (n, _) -> n
let g x = match x with 1 | 2 -> "small" | _ -> "big"
