module type S = sig type t val v : t end
module Use (X : S) = struct let get () = X.v end
module A = Use (struct type t = int let v = 1 end)
let s : string = A.get ()
