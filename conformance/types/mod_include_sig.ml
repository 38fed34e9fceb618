module type BASE = sig type t val show : t -> string end
module type EXT = sig include BASE val default : t end
module B : EXT = struct type t = bool let show = string_of_bool let default = true end
let s = B.show B.default
