module type S = sig type t val make : int -> t end
module M : S = struct type t = int let make x = x end
let n : int = M.make 3
