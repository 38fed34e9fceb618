(* __FILE__, __LINE__, __MODULE__, __LOC__, __POS__ and the _OF_ forms. *)
let () =
  print_endline __FILE__;
  Printf.printf "%d\n" __LINE__;
  print_endline __MODULE__;
  print_endline __LOC__;
  let (f, l, a, b) = __POS__ in Printf.printf "%s %d %d %d\n" f l a b;
  let (loc, v) = __LOC_OF__ (1 + 2) in Printf.printf "%s %d\n" loc v;
  let (line, v) = __LINE_OF__ "x" in Printf.printf "%d %s\n" line v;
  let ((f, l, a, b), _) = __POS_OF__ () in Printf.printf "%s %d %d %d\n" f l a b
