let a = f x y z
let b = f (g x) y
let c = Some (f x)
let d = f x.y z.(0)
let e = g @@ f x
