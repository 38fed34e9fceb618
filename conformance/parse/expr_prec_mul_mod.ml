let a = a * b / c mod d
let b = a *. b /. c
let c = a mod b * c
let d = x land y lor z
let e = a lxor b * c
let f = a % b
