let () =
  let h = Hashtbl.create 16 in
  Hashtbl.add h "one" 1;
  Hashtbl.add h "two" 2;
  Hashtbl.add h "three" 3;
  Printf.printf "length %d\n" (Hashtbl.length h);
  Printf.printf "find two %d\n" (Hashtbl.find h "two");
  Printf.printf "find_opt four %s\n" (match Hashtbl.find_opt h "four" with None -> "None" | Some v -> string_of_int v);
  Printf.printf "mem one %b\n" (Hashtbl.mem h "one");
  Hashtbl.replace h "one" 100;
  Printf.printf "after replace %d, length %d\n" (Hashtbl.find h "one") (Hashtbl.length h);
  Hashtbl.add h "one" 1000;
  Printf.printf "after add %d, length %d\n" (Hashtbl.find h "one") (Hashtbl.length h);
  Printf.printf "find_all one [%s]\n" (String.concat ";" (List.map string_of_int (Hashtbl.find_all h "one")));
  Hashtbl.remove h "one";
  Printf.printf "after remove %d, length %d\n" (Hashtbl.find h "one") (Hashtbl.length h);
  Hashtbl.remove h "one";
  Printf.printf "mem one %b\n" (Hashtbl.mem h "one");
  Hashtbl.remove h "absent";
  (try ignore (Hashtbl.find h "one") with Not_found -> print_endline "find one: Not_found");
  let c = Hashtbl.copy h in
  Hashtbl.clear h;
  Printf.printf "cleared %d, copy %d\n" (Hashtbl.length h) (Hashtbl.length c);
  Hashtbl.reset c;
  Printf.printf "reset %d\n" (Hashtbl.length c)
