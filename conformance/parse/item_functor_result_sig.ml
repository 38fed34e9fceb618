module F (X : S) : T = struct let y = 1 end
module G (X : S) : T with type t = X.t = struct type t = X.t end
module H (X : S) : sig val v : int end = struct let v = 0 end
