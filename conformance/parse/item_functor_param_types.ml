module F (X : sig type t end) = struct type u = X.t end
module G (X : S with type t = int) = struct end
module H (_ : S) = struct end
module I (X : functor (Y : S) -> S) = struct end
