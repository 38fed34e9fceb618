module type S = sig type t val x : t val to_int : t -> int end
module M : S = struct type t = int let x = 3 let to_int x = x end
let r = let open M in to_int x
let r2 = M.(to_int x)
