let () =
  let a = Array.of_list [ 10; 20; 30 ] in
  Printf.printf "%d %d\n" (Array.length a) a.(2);
  let l = Array.to_list [| "x"; "y"; "z" |] in
  print_endline (String.concat "" l);
  Printf.printf "%d\n" (Array.length (Array.of_list []));
  Printf.printf "%d\n" (List.length (Array.to_list [||]));
  let roundtrip = Array.to_list (Array.of_list [ 1; 2; 3 ]) in
  Printf.printf "%b\n" (roundtrip = [ 1; 2; 3 ]);
  let s = Array.to_seq [| 'a'; 'b' |] in
  Seq.iter print_char s;
  print_newline ();
  let a2 = Array.of_seq (List.to_seq [ 1.5; 2.5 ]) in
  Printf.printf "%s\n" (String.concat ";" (Array.to_list (Array.map string_of_float a2)));
  Seq.iter (fun (i, x) -> Printf.printf "%d->%s " i x) (Array.to_seqi [| "p"; "q" |]);
  print_newline ();
  let big = Array.to_list (Array.init 100_000 Fun.id) in
  Printf.printf "%d\n" (List.fold_left ( + ) 0 big)
