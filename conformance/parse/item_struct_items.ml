module M = struct
  open List
  include String
  type t = int
  exception E
  external f : int -> int = "f"
  module N = struct end
  module type S = sig end
  let x = 1;;
  print_string "x"
end
