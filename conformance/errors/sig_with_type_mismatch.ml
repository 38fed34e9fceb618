module type S = sig type t val default : t end
module M : S with type t = string = struct type t = int let default = 0 end
