type t = [ `A of int & string ]
