type t = A | B of int | C of string * t
let rec count = function A -> 0 | B _ -> 1 | C (_, t) -> 1 + count t
