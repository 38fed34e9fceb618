let x : [ `A ] = `A
let y : [> `B ] = x
