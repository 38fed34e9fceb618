type a = { x : int }
type b = { x : string }
let f r = r.x
let g (r : a) = r.x
