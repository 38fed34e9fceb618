module type ID = sig val id : 'a -> 'a val twice : ('a -> 'a) -> 'a -> 'a end
module Id : ID = struct
  let id x = x
  let twice f x = f (f x)
end
let n = Id.twice (fun x -> x + 1) 0
let s = Id.id "s"
