let a = r.x
let b = r.M.x
let c = (f r).x
let d = r.x.y.z
let e = r.M.N.x
