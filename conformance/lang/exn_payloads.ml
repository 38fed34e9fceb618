exception Parse_error of { line : int; msg : string }
exception Pair of int * string
exception Wrapped of exn
exception Many of int list

let describe = function
  | Parse_error { line; msg } -> Printf.sprintf "parse error line %d: %s" line msg
  | Pair (n, s) -> Printf.sprintf "pair %d %s" n s
  | Wrapped e -> "wrapped " ^ Printexc.to_string e
  | Many l -> "many " ^ String.concat "," (List.map string_of_int l)
  | e -> "other " ^ Printexc.to_string e

let () =
  List.iter
    (fun f -> try f () with e -> print_endline (describe e))
    [ (fun () -> raise (Parse_error { line = 3; msg = "unexpected ';'" }));
      (fun () -> raise (Pair (7, "seven")));
      (fun () -> raise (Wrapped (Failure "inner")));
      (fun () -> raise (Wrapped (Pair (1, "x"))));
      (fun () -> raise (Many [ 1; 2; 3 ]));
      (fun () -> raise Not_found) ];
  List.iter (fun e -> print_endline (Printexc.to_string e))
    [ Pair (1, "a"); Many [ 4 ]; Wrapped Exit; Parse_error { line = 1; msg = "m" }; Failure "f"; Invalid_argument "i" ]
