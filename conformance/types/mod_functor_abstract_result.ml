module type S = sig type t val make : int -> t val get : t -> int end
module Wrap (X : sig val offset : int end) : S = struct
  type t = int
  let make n = n + X.offset
  let get t = t
end
module W = Wrap (struct let offset = 10 end)
let v = W.get (W.make 1)
