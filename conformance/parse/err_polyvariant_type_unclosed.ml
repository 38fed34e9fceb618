type t = [ `A | `B
