let () = (try assert false with e -> print_endline (Printexc.to_string e))
let f = function 0 -> 1
let () = (try ignore (f 2) with e -> print_endline (Printexc.to_string e))
let () = (try assert (1 = 2) with e -> print_endline (Printexc.to_string e))
let () = try assert (1 = 2) with Assert_failure (f, l, c) -> Printf.printf "%s %d %d\n" f l c
