module type S = sig val x : int end
module F (_ : S) = struct let y = 1 end
module G (X : S) (_ : S) = struct let z = X.x end
module type FT = functor (_ : S) -> sig end
module type GT = S -> S
