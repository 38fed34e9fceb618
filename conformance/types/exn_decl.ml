exception A
exception B of string * int
let r () = raise A
