module type POINT = sig
  type t = { x : int; y : int }
  val origin : t
  val move : t -> int -> t
end
module Point : POINT = struct
  type t = { x : int; y : int }
  let origin = { x = 0; y = 0 }
  let move p d = { x = p.x + d; y = p.y + d }
end
let p = Point.move Point.origin 3
let sum = p.Point.x + p.Point.y
