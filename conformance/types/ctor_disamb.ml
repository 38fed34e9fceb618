type a = A | B
type b = A | C
let f = A
let g : a = A
