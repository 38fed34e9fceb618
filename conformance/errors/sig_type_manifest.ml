module type S = sig type t = int val zero : t end
module M : S = struct type t = float let zero = 0.0 end
