exception A
exception B of int
exception C of string
exception D of int * int
exception F of float
exception L of int list
exception S of string * string

let () =
  List.iter
    (fun e -> print_endline (Printexc.to_string e))
    [ A; B 1; B (-1); C "text"; C "quote\"d"; D (1, 2); F 1.5; L [ 1 ]; L []; S ("a", "b");
      Not_found; Exit; Failure "f"; Invalid_argument "i"; Division_by_zero; End_of_file;
      Stack_overflow; Out_of_memory; Sys_error "sys"; Match_failure ("f.ml", 1, 2);
      Assert_failure ("g.ml", 3, 4); Undefined_recursive_module ("h.ml", 5, 6); Sys_blocked_io ];
  Printf.printf "%s\n" (Printexc.to_string_default (B 7));
  (match Printexc.use_printers (B 8) with None -> print_endline "no printer" | Some s -> print_endline s)
