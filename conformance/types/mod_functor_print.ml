module type S = sig type t val compare_things_long_name : t -> t -> int end
module F (X : S) (Y : S) = struct let pair_of_things_with_long_name a b = (X.compare_things_long_name a a, Y.compare_things_long_name b b) end
module G () = struct let x = 1 end
module H (X : sig type t end) = struct type u = X.t end
module type E = sig end
module K = struct module type I = sig val i : int end end
module L : sig val x : int end = struct let x = 1 let y = 2 end
