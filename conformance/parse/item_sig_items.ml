module type S = sig
  val x : int
  val f : ?x:int -> int -> int
  type t
  type u = int
  type v = A | B
  exception E of int
  external g : int -> int = "g"
  module M : sig val y : int end
  module N = M
  module type T = sig end
  include T
  open List
end
