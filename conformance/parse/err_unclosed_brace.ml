let r = { x = 1; y = 2
let z = 3
