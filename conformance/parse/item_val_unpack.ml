module M = (val m : S)
module N = (val m)
module O = (val (f x) : S with type t = int)
module P = F ((val m : S))
