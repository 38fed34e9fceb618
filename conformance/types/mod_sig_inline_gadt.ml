module type S = sig type t = A of { x : int } | B of int * string type 'a g = G : int -> int g type r = { mutable f : int; g : string list } end
module M : S = struct type t = A of { x : int } | B of int * string type 'a g = G : int -> int g type r = { mutable f : int; g : string list } end
let v = M.A { x = 1 }
