type p = { x : int; y : int }
let f (r : p) = r.x ^ "a"
