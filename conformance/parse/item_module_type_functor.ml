module type F = functor (X : S) -> T
module type G = functor (X : S) -> T with type t = X.t
module type K = S -> T -> U
module type H = S -> T
module type I = functor (X : S) (Y : S) -> sig end
module type J = functor () -> S
