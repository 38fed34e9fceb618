let a = x && y && z
let b = x & y
let c = a = b && c < d
let d = x && y || z
let e = x || y && z
