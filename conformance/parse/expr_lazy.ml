let a = lazy 1
let b = lazy (f x)
let c = Lazy.force (lazy (print_string "x"))
let d = lazy [ 1; 2 ]
