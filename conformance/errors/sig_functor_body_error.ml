module type S = sig type t val zero : t end
module F (X : S) = struct
  let bad = X.zero + 1
end
