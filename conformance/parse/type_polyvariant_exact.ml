type a = [ `A | `B of int ]
type b = [ | `A | `B ]
type c = [ `A of int * string | `B of int list ]
type d = [ `A ]
