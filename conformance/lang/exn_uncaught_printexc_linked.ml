(* Using Printexc links it, and then Printexc prints uncaught exceptions: strings are
   escaped and floats are shown *)
exception Detailed of string * float * int list * int * char

let () =
  print_endline (Printexc.to_string (Detailed ("a", 1.0, [], 0, 'a')));
  print_endline (Printexc.to_string (Failure "quote \" inside"));
  (try raise (Detailed ("a", 1.0, [], 0, 'a')) with Detailed (s, _, _, n, _) -> Printf.printf "caught %s %d\n" s n);
  print_endline "raising for real";
  raise (Detailed ("say \"hi\"\nnext line", 2.5, [ 1; 2 ], -7, 'z'))
