module type T = sig type t val v : t val eq : t -> t -> bool end
let int_t = (module struct type t = int let v = 0 let eq = ( = ) end : T with type t = int)
let check (m : (module T with type t = int)) n = let module M = (val m) in M.eq M.v n
let r = check int_t 0
let get (type a) (m : (module T with type t = a)) : a = let module M = (val m) in M.v
let z = get int_t + 1
