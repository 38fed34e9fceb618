exception Complex of int list * string option * float
exception Rec of { code : int; reason : string }

let () =
  (try raise (Rec { code = 404; reason = "not found" })
   with e -> Printf.printf "caught: %s\n" (Printexc.to_string e));
  (try raise (Complex ([ 1; 2 ], Some "s", 1.5))
   with e -> Printf.printf "caught: %s\n" (Printexc.to_string e));
  print_endline "now uncaught";
  raise (Complex ([ 3 ], None, 2.5))
