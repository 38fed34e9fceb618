type t = P of int * int
let x = P 1
