let ( >>= ) m f = f m
let ( |+| ) a b = a + b
let ( @@@ ) f x = f x
let ( ^^ ) a b = a ^ b
let ( **! ) a b = a * b
let ( <+> ) a b = a - b
let ( =~ ) a b = a = b
let ( &&& ) a b = a && b
let ( %% ) a b = a mod b
let r = 1 |+| 2 <+> 3
