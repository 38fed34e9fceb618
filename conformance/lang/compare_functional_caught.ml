let try_eq name f =
  match f () with
  | b -> Printf.printf "%s: %b\n" name b
  | exception Invalid_argument m -> Printf.printf "%s: Invalid_argument %S\n" name m

let () =
  let f x = x + 1 in
  let g = f in
  try_eq "f == g" (fun () -> f == g);
  try_eq "f = g" (fun () -> f = g);
  try_eq "f = (fun x -> x)" (fun () -> f = fun x -> x);
  try_eq "(1, f) = (2, f)" (fun () -> (1, f) = (2, f));
  try_eq "(1, f) = (1, f)" (fun () -> (1, f) = (1, f));
  try_eq "Some f = None" (fun () -> Some f = None);
  try_eq "[f] < [f]" (fun () -> [ f ] < [ f ]);
  (match compare f g with
   | n -> Printf.printf "compare: %d\n" n
   | exception Invalid_argument m -> Printf.printf "compare: Invalid_argument %S\n" m);
  (match Hashtbl.hash f with
   | _ -> print_endline "hash of a closure works"
   | exception e -> print_endline (Printexc.to_string e))
