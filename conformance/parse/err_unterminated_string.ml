let s = "abc
let t = 1
