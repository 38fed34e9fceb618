exception Oops of int
let f x = try if x > 0 then raise (Oops x) else x with Oops n -> n | Not_found -> 0
