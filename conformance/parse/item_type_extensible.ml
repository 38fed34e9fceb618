type t = ..
type 'a u = ..
type t += A
type t += B of int | C of string
type 'a u += D : int u
type M.t += E
type t += private F
