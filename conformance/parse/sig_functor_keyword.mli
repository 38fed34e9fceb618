module F : functor (X : S) -> T
module G : functor (X : S) (Y : S) -> sig type t = X.t * Y.t end
module H : functor () -> S
