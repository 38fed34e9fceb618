let f (x : 'a) : 'a = x
let c = 'a'
let g (x : 'a) = 'x'
let t = ('b', 'c')
