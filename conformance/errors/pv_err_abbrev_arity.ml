type t = [ `A | `B ]
let f (x : t) = x
let _ = f (`A 1)
