module M : S = struct let x = 1 end
module N : sig val x : int end = struct let x = 1 end
module O = (M : S)
module P : S with type t = int = M
