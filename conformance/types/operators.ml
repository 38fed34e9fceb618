let ( +++ ) a b = a + b + 1
let ( |>> ) x f = f x
let r = 1 +++ 2
