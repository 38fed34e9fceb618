module type S = sig type t val zero : t end
module type R = sig type elt val start : elt end
module Make (X : S) : R with type elt = X.t = struct
  type elt = X.t
  let start = X.zero
end
module M = Make (struct type t = float let zero = 0.0 end)
let z = M.start +. 1.0
