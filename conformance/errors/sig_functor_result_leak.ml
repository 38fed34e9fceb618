module type S = sig type t val make : unit -> t end
module F (X : sig end) : S = struct type t = int let make () = 0 end
module A = F (struct end)
let n : int = A.make ()
