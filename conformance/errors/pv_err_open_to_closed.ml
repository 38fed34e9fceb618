let widen (x : [> `A ]) : [ `B ] = x
