(* No module of this program links Stdlib.Printexc: the runtime itself prints the
   uncaught exception, with string arguments unescaped and non-immediate ones as _ *)
exception Detailed of string * float * int list * int * char

let describe x = Printf.sprintf "value %d" x

let () =
  print_endline (describe 1);
  (try raise (Detailed ("a", 1.0, [], 0, 'a')) with Detailed (s, _, _, n, _) -> Printf.printf "caught %s %d\n" s n);
  print_endline "raising for real";
  raise (Detailed ("say \"hi\"\nnext line", 2.5, [ 1; 2 ], -7, 'z'))
