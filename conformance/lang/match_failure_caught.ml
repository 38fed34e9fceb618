let partial = function 0 -> "zero" | 1 -> "one"

let head_of (x :: _) = x

let () =
  List.iter
    (fun n ->
      match partial n with
      | s -> print_endline s
      | exception Match_failure (file, line, col) -> Printf.printf "Match_failure %s %d %d\n" file line col)
    [ 0; 1; 2 ];
  (try ignore (head_of []) with Match_failure _ as e -> print_endline (Printexc.to_string e));
  let f = fun (Some x) -> x in
  (try ignore (f None) with e -> print_endline (Printexc.to_string e));
  let g x = match x with `A -> 1 in
  Printf.printf "%d\n" (g `A);
  (try let [ a; b ] = [ 1 ] in Printf.printf "%d %d\n" a b
   with Match_failure (f, l, c) -> Printf.printf "let: %s:%d:%d\n" f l c)
