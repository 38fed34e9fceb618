module type S = sig
  type t
  val x : t
  val f : t -> t
end
module type T = S
module type E = sig end
module type U = S with type t = int
