module Id : sig type t val of_int : int -> t end = struct type t = int let of_int x = x end
let next = Id.of_int 1 + 1
