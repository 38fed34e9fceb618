let find_first_negative l =
  let exception Found of int in
  try
    List.iter (fun x -> if x < 0 then raise (Found x)) l;
    None
  with Found x -> Some x

let product l =
  let exception Zero in
  try List.fold_left (fun acc x -> if x = 0 then raise Zero else acc * x) 1 l with Zero -> 0

let make () =
  let exception E in
  ((fun () -> raise E), fun f -> try f (); "no" with E -> "caught own E")

let () =
  let show = function None -> "None" | Some x -> string_of_int x in
  print_endline (show (find_first_negative [ 3; 1; -4; 1; -5 ]));
  print_endline (show (find_first_negative [ 1; 2 ]));
  Printf.printf "%d %d\n" (product [ 1; 2; 3; 4 ]) (product [ 5; 0; 7 ]);
  let raise1, catch1 = make () in
  let raise2, catch2 = make () in
  print_endline (catch1 raise1);
  print_endline (catch2 raise2);
  print_endline (try catch1 raise2 with _ -> "E from another call escapes");
  print_endline (Printexc.to_string (try raise1 (); Exit with e -> e))
