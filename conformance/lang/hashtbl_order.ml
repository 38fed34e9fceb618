let () =
  let h = Hashtbl.create 16 in
  for i = 0 to 99 do Hashtbl.replace h (i * 7 mod 101) (string_of_int i) done;
  Hashtbl.iter (fun k v -> Printf.printf "%d:%s " k v) h; print_newline ();
  let s = Hashtbl.create 4 in
  List.iter (fun w -> Hashtbl.replace s w (String.length w)) ["alpha"; "beta"; "gamma"; "delta"; "epsilon"; "zeta"; "eta"; "theta"];
  Hashtbl.iter (fun k v -> Printf.printf "%s=%d " k v) s; print_newline ();
  Hashtbl.add s "beta" 99; print_int (Hashtbl.find s "beta"); print_newline ();
  Hashtbl.remove s "beta"; print_int (Hashtbl.find s "beta"); print_newline ();
  print_int (Hashtbl.length s); print_newline ();
  List.iter (fun (k, v) -> Printf.printf "%s/%d " k v) (Seq.fold_left (fun acc x -> x :: acc) [] (Hashtbl.to_seq s) |> List.rev); print_newline ();
  print_int (Hashtbl.fold (fun _ v acc -> acc + v) s 0); print_newline ()
