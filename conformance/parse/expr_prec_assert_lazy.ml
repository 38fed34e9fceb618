let a = assert (x > 0)
let b = lazy (f x)
let c = lazy x.f
let d = assert true; 1
let e = f (lazy 1) (assert false)
