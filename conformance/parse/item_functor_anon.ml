module F = functor (X : S) -> struct let y = X.x end
module G = functor (X : S) (Y : S) -> struct end
module H = functor (X : S) -> functor (Y : S) -> struct end
