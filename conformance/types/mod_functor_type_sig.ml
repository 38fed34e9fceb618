module type ELT = sig type t val to_string : t -> string end
module type PRINTER = functor (E : ELT) -> sig val print : E.t -> string end
module Printer : PRINTER = functor (E : ELT) -> struct
  let print x = "<" ^ E.to_string x ^ ">"
end
module IP = Printer (struct type t = int let to_string = string_of_int end)
let s = IP.print 5
