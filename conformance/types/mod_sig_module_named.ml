module type KEY = sig type t val show : t -> string end
module type STORE = sig module Key : KEY val get : Key.t -> string end
module Store : STORE = struct
  module Key = struct type t = int let show = string_of_int end
  let get k = Key.show k
end
