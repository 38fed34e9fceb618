module type S = sig type t val create : unit -> t end
module M : S = struct let create () = 0 end
