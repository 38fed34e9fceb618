(* Indexing syntax is the only use of Array and String here: they must still be linked. *)
let () =
  let a = [| 10; 20; 30 |] in
  a.(1) <- a.(0) + a.(2);
  let s = "hello" in
  print_char s.[1];
  print_newline ();
  print_int a.(1);
  print_newline ();
  print_int a.(5)
