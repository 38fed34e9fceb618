module type S = sig
  type t
  val compare : t -> t -> int
end
module type T
module type U = S with type t = string
