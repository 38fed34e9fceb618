(* With Stdlib.Printexc linked, an uncaught Assert_failure is printed in its long form *)
let positive n =
  assert (n > 0);
  n

let () =
  print_endline (Printexc.to_string (Invalid_argument "shown by Printexc"));
  List.iter
    (fun n -> Printf.printf "positive %d\n" (positive n))
    [ 3; 2; 1; 0 ];
  print_endline "unreachable"
