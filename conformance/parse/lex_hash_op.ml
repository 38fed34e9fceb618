let ( #+ ) a b = a + b
let ( ## ) a b = a * b
let x = 1 #+ 2
let y = 3 ## 4
let z = 1 #+ 2 ## 3
