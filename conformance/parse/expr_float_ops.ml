let a = 1. +. 2. *. 3. /. 4. -. 5.
let b = 2. ** 0.5
let c = float_of_int 3 /. 2.
let d = -. a
