type t = A of int
let x = A "s"
