module type S = sig
  module Inner : sig type t val make : int -> t val get : t -> int end
  val twice : Inner.t -> Inner.t
end
module M : S = struct
  module Inner = struct type t = int let make x = x let get x = x end
  let twice x = x * 2
end
let v = M.Inner.get (M.twice (M.Inner.make 21))
