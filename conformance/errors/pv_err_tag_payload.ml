let f (x : [ `A of int ]) : [ `A of string ] = x
