module type COUNTER = sig
  type t
  val zero : t
  val incr : t -> t
  val value : t -> int
end
module Counter : COUNTER = struct
  type t = int
  let zero = 0
  let incr n = n + 1
  let value n = n
end
let three = Counter.(value (incr (incr (incr zero))))
