let f (x : [> `A ] as 'a) : 'a = `B
let g (y : [ `A ]) = f y
