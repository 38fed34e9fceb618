module type S = sig val x : int end
module type T = S with type t = int
