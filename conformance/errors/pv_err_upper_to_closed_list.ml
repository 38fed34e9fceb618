let f (x : [< `A | `B ] list) : [ `C ] list = x
