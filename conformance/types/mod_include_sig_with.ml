module type SHOW = sig type t val show : t -> string end
module type SHOW_INT = sig include SHOW with type t = int val parse : string -> t end
module I : SHOW_INT = struct type t = int let show = string_of_int let parse = int_of_string end
let n = I.parse "42" + 1
