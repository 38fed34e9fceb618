module type S = sig val id : 'a -> 'a end
module M : S = struct let id x = x ^ "" end
