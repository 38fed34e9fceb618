module type S = sig type t val x : t end
module type MAKER = sig module Make (X : S) : sig val get : unit -> X.t end end
module Maker : MAKER = struct
  module Make (X : S) = struct let get () = X.x end
end
