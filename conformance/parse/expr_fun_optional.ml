let a = fun ?x -> x
let b ?x ?y () = (x, y)
let c ?x:y () = y
let d ?x:(Some v) () = v
