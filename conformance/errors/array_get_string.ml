let a = [| 1 |]
let s = a.(0) ^ "x"
