type u = [ `A of int ]
type t = [ u | `A of string ]
