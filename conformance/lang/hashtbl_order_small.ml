let show_int h = Hashtbl.iter (fun k v -> Printf.printf "%d:%s " k v) h; print_newline ()

let () =
  let h1 = Hashtbl.create 16 in
  Hashtbl.add h1 42 "only";
  show_int h1;
  let h10 = Hashtbl.create 16 in
  for i = 1 to 10 do Hashtbl.add h10 i (string_of_int (i * i)) done;
  show_int h10;
  let h10b = Hashtbl.create 16 in
  for i = 10 downto 1 do Hashtbl.add h10b (i * 1000) "x" done;
  show_int h10b;
  let s10 = Hashtbl.create 16 in
  List.iter (fun k -> Hashtbl.add s10 k (String.length k))
    [ "alpha"; "bravo"; "charlie"; "delta"; "echo"; "foxtrot"; "golf"; "hotel"; "india"; "juliet" ];
  Hashtbl.iter (fun k v -> Printf.printf "%s=%d " k v) s10;
  print_newline ();
  let s1 = Hashtbl.create 1 in
  Hashtbl.add s1 "single" 1;
  Hashtbl.iter (fun k v -> Printf.printf "%s=%d\n" k v) s1;
  let neg = Hashtbl.create 16 in
  List.iter (fun k -> Hashtbl.add neg k ()) [ -1; -2; -3; 0; 1; 2; 3; min_int; max_int ];
  Hashtbl.iter (fun k () -> Printf.printf "%d " k) neg;
  print_newline ()
