let ( ~~ ) x = x
let a = ~~ r.field
let b = f ~~x ~~y
let c = ~~ a.(0)
let d = ?! x
