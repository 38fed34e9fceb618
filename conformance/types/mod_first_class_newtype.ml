module type T = sig type t val v : t val eq : t -> t -> bool end
let same (type a) (module M : T with type t = a) (x : a) = M.eq M.v x
