type t = A of string
let f = function A 1 -> 0 | _ -> 1
