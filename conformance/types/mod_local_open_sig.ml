module type S = sig type t = A | B val flip : t -> t end
module M : S = struct type t = A | B let flip = function A -> B | B -> A end
let x = M.(flip A)
let y = M.flip M.B
