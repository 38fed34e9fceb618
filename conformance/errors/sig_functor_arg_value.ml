module type SHOW = sig val show : int -> string end
module Print (S : SHOW) = struct let print n = print_string (S.show n) end
module P = Print (struct let show n = n + 1 end)
