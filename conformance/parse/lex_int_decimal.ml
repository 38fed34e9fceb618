let a = 0
let b = 42
let c = 1234567890
let d = 007
