let f ~ x = x
let g ? y = y
let r = f ~ x
