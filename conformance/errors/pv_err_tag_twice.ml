type t = [ `A of int | `A of string ]
