type t = C of { a : int; b : string } | D
let f = function C { a; b } -> string_of_int a ^ b | D -> "d"
let () = print_endline (f (C { a = 1; b = "x" }) ^ f D)
exception E of { code : int }
let () = try raise (E { code = 4 }) with E { code } -> print_int code; print_newline ()
