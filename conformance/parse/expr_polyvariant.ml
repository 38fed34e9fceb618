let a = `A
let b = `B 1
let c = `C (1, 2)
let d = `Lower_case
let e = [ `Get; `Post ]
let f = `D (`E 1)
let g = `lowercase
