module type S = sig type t val v : t end
module A : S = struct type t = int let v = 1 end
module type T = module type of A
