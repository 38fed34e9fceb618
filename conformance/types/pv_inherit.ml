type base = [ `A | `B of int ]
type more = [ base | `C ]
type most = [ more | `D of string ]
let lift (x : base) : more = (x :> more)
let all : most list = [`A; `B 1; `C; `D "d"]
