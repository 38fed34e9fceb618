module type S = sig val base : int end
module Add (X : S) = struct let plus n = X.base + n end
module Ten = struct let base = 10 end
include Add (Ten)
