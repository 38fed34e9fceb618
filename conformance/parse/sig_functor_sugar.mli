module F (X : S) : T
module G (X : S) (Y : S) : T with type t = X.t
module H : S -> T
