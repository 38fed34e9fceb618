let dump h = Hashtbl.iter (fun k _ -> Printf.printf "%d " k) h; print_newline ()

let () =
  let h = Hashtbl.create 1 in
  for i = 1 to 40 do
    Hashtbl.add h i ();
    if i = 1 || i = 2 || i = 3 || i = 5 || i = 9 || i = 17 || i = 33 || i = 40 then begin
      Printf.printf "after %d (buckets %d): " i (Hashtbl.stats h).Hashtbl.num_buckets;
      dump h
    end
  done;
  for i = 1 to 30 do Hashtbl.remove h i done;
  print_string "after removals: ";
  dump h;
  let h2 = Hashtbl.create 100 in
  for i = 1 to 20 do Hashtbl.add h2 (i * 64) () done;
  print_string "create 100: ";
  dump h2;
  let dup = Hashtbl.create 4 in
  List.iter (fun (k, v) -> Hashtbl.add dup k v) [ (1, "a"); (2, "b"); (1, "c"); (1, "d"); (2, "e") ];
  Hashtbl.iter (fun k v -> Printf.printf "%d%s " k v) dup;
  print_newline ()
