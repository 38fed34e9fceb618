type t = A | B of int | C | D of string * int
let f = function A -> "a" | B n when n > 0 -> "b+" | C | A -> "c" | B _ -> "b" | D (s, _) -> s
let () = List.iter (fun x -> print_string (f x); print_char ' ') [A; B 1; B (-1); C; D ("d", 1)]; print_newline ()
let g = function Some 0 -> "zero" | Some _ -> "some" | None -> "none"
let () = print_endline (g (Some 0) ^ g (Some 3) ^ g None)
let h x = match x with [] -> 0 | [_] -> 1 | _ :: _ :: _ -> 2
let () = print_int (h [] + h [1] * 10 + h [1;2] * 100); print_newline ()
