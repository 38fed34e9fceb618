module type S = sig module type T = sig val x : int end end
module M : S = struct let x = 1 end
