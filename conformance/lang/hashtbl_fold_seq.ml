let () =
  let h = Hashtbl.create 8 in
  List.iteri (fun i w -> Hashtbl.add h w i) [ "red"; "green"; "blue"; "cyan"; "magenta"; "yellow"; "black" ];
  let keys = Hashtbl.fold (fun k _ acc -> k :: acc) h [] in
  print_endline (String.concat " " keys);
  Seq.iter (fun (k, v) -> Printf.printf "%s:%d " k v) (Hashtbl.to_seq h);
  print_newline ();
  print_endline (String.concat " " (List.of_seq (Hashtbl.to_seq_keys h)));
  print_endline (String.concat " " (List.map string_of_int (List.of_seq (Hashtbl.to_seq_values h))));
  let h2 = Hashtbl.of_seq (List.to_seq [ (3, "c"); (1, "a"); (2, "b"); (1, "z") ]) in
  Hashtbl.iter (fun k v -> Printf.printf "%d%s " k v) h2;
  print_newline ();
  Hashtbl.add_seq h2 (List.to_seq [ (4, "d"); (2, "y") ]);
  Hashtbl.iter (fun k v -> Printf.printf "%d%s " k v) h2;
  print_newline ();
  Hashtbl.replace_seq h2 (List.to_seq [ (2, "B") ]);
  Printf.printf "%s %d\n" (String.concat "," (Hashtbl.find_all h2 2)) (Hashtbl.length h2);
  Hashtbl.filter_map_inplace (fun k v -> if k mod 2 = 0 then None else Some (String.uppercase_ascii v)) h2;
  Hashtbl.iter (fun k v -> Printf.printf "%d%s " k v) h2;
  print_newline ()
