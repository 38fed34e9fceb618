(* iteration order inside one bucket: most recently added first *)
let () =
  let h = Hashtbl.create 16 in
  Hashtbl.add h "k" 1;
  Hashtbl.add h "k" 2;
  Hashtbl.add h "k" 3;
  Hashtbl.iter (fun k v -> Printf.printf "%s%d " k v) h;
  print_newline ();
  Hashtbl.replace h "k" 30;
  Hashtbl.iter (fun k v -> Printf.printf "%s%d " k v) h;
  print_newline ();
  Hashtbl.remove h "k";
  Hashtbl.iter (fun k v -> Printf.printf "%s%d " k v) h;
  print_newline ();
  let t = Hashtbl.create 16 in
  List.iter (fun (a, b) -> Hashtbl.add t (a, b) (a * b)) [ (1, 2); (2, 1); (3, 4); (4, 3); (0, 0); (5, 5) ];
  Hashtbl.iter (fun (a, b) v -> Printf.printf "(%d,%d)=%d " a b v) t;
  print_newline ();
  let l = Hashtbl.create 16 in
  List.iter (fun k -> Hashtbl.add l k (List.length k)) [ []; [ 1 ]; [ 1; 2 ]; [ 2; 1 ]; [ 3 ] ];
  Hashtbl.iter (fun k v -> Printf.printf "[%s]=%d " (String.concat ";" (List.map string_of_int k)) v) l;
  print_newline ()
