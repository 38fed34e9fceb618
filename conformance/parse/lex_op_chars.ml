let ( |>> ) x f = f x
let ( <$> ) f x = f x
let ( >=> ) f g x = g (f x)
let ( ~! ) x = x
let r = 1 |>> succ
