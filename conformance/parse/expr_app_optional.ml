let a = f ?x:(Some 1) ()
let b = f ?x ()
let c = f ~x:1 ?y:None ()
let d = f ?x:v.field ()
let e = Dream.html ~status:`OK "hi"
