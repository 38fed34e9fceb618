let people = [ ("ann", 30); ("bob", 25); ("cat", 30); ("dan", 25); ("eve", 35); ("fay", 30); ("gus", 25) ]

let () =
  let by_age = List.stable_sort (fun (_, a) (_, b) -> compare a b) people in
  List.iter (fun (n, a) -> Printf.printf "%s:%d " n a) by_age;
  print_newline ();
  let by_age_desc = List.stable_sort (fun (_, a) (_, b) -> compare b a) people in
  List.iter (fun (n, a) -> Printf.printf "%s:%d " n a) by_age_desc;
  print_newline ();
  let sorted = List.sort (fun (_, a) (_, b) -> compare a b) people in
  List.iter (fun (n, a) -> Printf.printf "%s:%d " n a) sorted;
  print_newline ();
  let fast = List.fast_sort (fun (_, a) (_, b) -> compare a b) people in
  List.iter (fun (n, _) -> print_string n) fast;
  print_newline ();
  let words = [ "bb"; "a"; "ccc"; "dd"; "e"; "fff"; "g" ] in
  print_endline (String.concat " " (List.stable_sort (fun a b -> compare (String.length a) (String.length b)) words));
  let a = Array.of_list people in
  Array.stable_sort (fun (_, a) (_, b) -> compare b a) a;
  Array.iter (fun (n, _) -> print_string (n ^ " ")) a;
  print_newline ()
