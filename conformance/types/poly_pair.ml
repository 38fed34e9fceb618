let dup x = (x, x)
let ab = dup (dup 1)
