type a = (module S)
type b = (module S with type t = int)
type c = (module M.S with type t = int and type u = string)
type d = (module S) list
let f (m : (module S)) = m
