module type ORDERED = sig type t val compare : t -> t -> int end
module M : ORDERD = struct type t = int let compare = compare end
