let sub ~from x = from - x
let r = sub 1 ~from:10
