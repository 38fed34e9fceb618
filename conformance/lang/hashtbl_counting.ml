let text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness"

let () =
  let counts = Hashtbl.create 16 in
  List.iter
    (fun w ->
      match Hashtbl.find_opt counts w with
      | None -> Hashtbl.add counts w 1
      | Some n -> Hashtbl.replace counts w (n + 1))
    (String.split_on_char ' ' text);
  Printf.printf "%d distinct words\n" (Hashtbl.length counts);
  Hashtbl.iter (fun w n -> Printf.printf "%s %d\n" w n) counts;
  let sorted = List.sort (fun (w1, n1) (w2, n2) -> if n1 <> n2 then compare n2 n1 else compare w1 w2)
      (Hashtbl.fold (fun w n acc -> (w, n) :: acc) counts []) in
  print_endline "-- by frequency";
  List.iter (fun (w, n) -> Printf.printf "%-12s %d\n" w n) sorted
