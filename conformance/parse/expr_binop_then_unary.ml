let a = 1 + + 2
let b = 1 - - 2
let c = 1. -. -. 2.
let d = x * - y
let e = f - - 1
