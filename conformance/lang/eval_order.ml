let f a b c = a + b + c
let p x = print_int x; print_char ' '; x
let () = ignore (f (p 1) (p 2) (p 3)); print_newline ()
let () = let t = (p 4, p 5) in ignore t; print_newline ()
let () = let r = [p 6; p 7] in ignore r; print_newline ()
type r = { a : int; b : int }
let () = let v = { a = p 8; b = p 9 } in ignore v; print_newline ()
