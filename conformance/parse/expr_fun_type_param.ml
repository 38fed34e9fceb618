let a = fun (type t) (x : t) -> x
let b (type a b) (x : a) (y : b) = (x, y)
let c (type s) x = (x : s)
