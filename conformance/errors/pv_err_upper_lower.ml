let g (x : [< `A | `B > `A `C ]) = x
