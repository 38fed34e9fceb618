type ops = { f : int -> int; name : string }
let apply o x = o.f x
