let a = 0b1010
let b = 0B11
let c = 0b1111_0000
