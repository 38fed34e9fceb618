let a = fun ?(x = 1) () -> x
let b ?(x = 1) ?(y = "s") () = (x, y)
let c ?(x : int = 1) () = x
let d ?x:(y = 2) () = y
let e ?x:((a, b) = (1, 2)) () = a + b
let f ?x:(y : int = 3) () = y
