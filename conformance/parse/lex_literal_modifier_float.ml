let a = 1.5q
let b = 1e3r
let c = 2.Z
