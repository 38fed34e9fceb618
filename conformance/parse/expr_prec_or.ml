let a = x || y || z
let b = x or y
let c = not x || y
let d = a || b, c
let e = (a || b) && c
