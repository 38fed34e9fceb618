module type S = sig val b : int val a : string end
module M : S = struct let a = "x" let b = 2 end
let both = (M.a, M.b)
