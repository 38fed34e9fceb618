module type KEY = sig type t val hash : t -> int end
module Table (K : KEY) = struct
  type 'v t = (K.t * 'v) list
  let empty : 'v t = []
  let add k v (t : 'v t) : 'v t = (k, v) :: t
  let find k (t : 'v t) = List.assoc k t
end
