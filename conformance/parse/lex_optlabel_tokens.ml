let f ?x ?y:z () = (x, z)
let a = f ?x:(Some 1) ?y:None ()
let x = Some 2
let b = f ?x ()
let c = f ~x:1 ()
