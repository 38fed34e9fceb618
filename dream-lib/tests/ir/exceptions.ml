exception E of int
let f x = try if x > 0 then raise (E x) else 0 with E n -> n | Not_found -> -1
let g l = match List.hd l with x -> x | exception Failure _ -> 0
