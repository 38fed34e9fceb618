module type S = sig type t val compare : t -> t -> int end
module Pair (X : S) (Y : S) = struct
  type t = X.t * Y.t
  let compare (a, b) (c, d) = let r = X.compare a c in if r <> 0 then r else Y.compare b d
end
module Int = struct type t = int let compare (a : int) b = compare a b end
module P = Pair (Int) (Int)
let () = print_int (P.compare (1, 2) (1, 3)); print_newline ()
module G () = struct let x = ref 0 end
module A = G ()
let () = incr A.x; print_int !A.x; print_newline ()
