let a = f (g (h x))
let b = f (g x) (h y) z
let c = (f x) y
let d = (fun x -> x) 1
let e = (function x -> x) 2
let g = f x y @@ fun z -> z
