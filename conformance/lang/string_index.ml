let show_opt = function None -> "None" | Some i -> "Some " ^ string_of_int i

let () =
  let s = "hello world, hello ocaml" in
  Printf.printf "index 'o' = %d\n" (String.index s 'o');
  Printf.printf "rindex 'o' = %d\n" (String.rindex s 'o');
  Printf.printf "index_from 5 'o' = %d\n" (String.index_from s 5 'o');
  Printf.printf "rindex_from 10 'l' = %d\n" (String.rindex_from s 10 'l');
  Printf.printf "index_opt 'z' = %s\n" (show_opt (String.index_opt s 'z'));
  Printf.printf "rindex_opt 'h' = %s\n" (show_opt (String.rindex_opt s 'h'));
  Printf.printf "index_from_opt 20 'o' = %s\n" (show_opt (String.index_from_opt s 20 'o'));
  (try ignore (String.index s 'z') with Not_found -> print_endline "index 'z': Not_found");
  (try ignore (String.index_from s 100 'a')
   with Invalid_argument m -> Printf.printf "index_from 100: Invalid_argument %S\n" m);
  (try ignore (String.rindex_from s (-2) 'a')
   with Invalid_argument m -> Printf.printf "rindex_from -2: Invalid_argument %S\n" m);
  Printf.printf "index_from at length: %s\n" (show_opt (String.index_from_opt s (String.length s) 'a'));
  let rec all_from i acc =
    match String.index_from_opt s i 'l' with None -> List.rev acc | Some j -> all_from (j + 1) (j :: acc) in
  print_endline (String.concat " " (List.map string_of_int (all_from 0 [])))
