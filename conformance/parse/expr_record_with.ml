let a = { r with x = 1 }
let b = { r with x = 1; y = 2 }
let c = { (f r) with y = 3 }
let d = { r.inner with z = 0; }
