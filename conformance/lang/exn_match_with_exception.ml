let lookup tbl k =
  match Hashtbl.find tbl k with
  | v -> Printf.sprintf "found %s" v
  | exception Not_found -> "missing"

let parse s =
  match int_of_string s with
  | 0 -> "zero"
  | n when n < 0 -> "negative"
  | n -> "positive " ^ string_of_int n
  | exception Failure _ -> "not a number"

let () =
  let t = Hashtbl.create 4 in
  Hashtbl.add t "a" "alpha";
  print_endline (lookup t "a");
  print_endline (lookup t "b");
  List.iter (fun s -> print_endline (parse s)) [ "0"; "-3"; "12"; "x" ];
  (* the exception branch does not cover exceptions raised in the other branches *)
  (try
     match 1 with
     | _ -> raise Not_found
     | exception Not_found -> print_endline "not here"
   with Not_found -> print_endline "escaped from branch");
  let r = match List.assoc 3 [ (1, "one") ] with s -> s | exception Not_found -> "default" in
  print_endline r
