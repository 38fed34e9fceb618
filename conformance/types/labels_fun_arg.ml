let apply ~f x = f x
let r = apply ~f:succ 1
