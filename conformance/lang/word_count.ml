let text = "the quick brown fox jumps over the lazy dog the fox barks"
let () =
  let counts = Hashtbl.create 8 in
  List.iter (fun w -> Hashtbl.replace counts w (1 + Option.value (Hashtbl.find_opt counts w) ~default:0)) (String.split_on_char ' ' text);
  Hashtbl.iter (fun w n -> Printf.printf "%s:%d " w n) counts; print_newline ();
  let sorted = List.sort (fun (a, x) (b, y) -> if x <> y then compare y x else compare a b) (Hashtbl.fold (fun w n acc -> (w, n) :: acc) counts []) in
  List.iter (fun (w, n) -> Printf.printf "%-6s %d\n" w n) sorted
