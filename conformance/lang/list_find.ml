type person = { name : string; age : int }

let people = [ { name = "ann"; age = 31 }; { name = "bob"; age = 17 }; { name = "cy"; age = 45 }; { name = "di"; age = 17 } ]

let () =
  let p = List.find (fun p -> p.age < 18) people in
  Printf.printf "first minor: %s\n" p.name;
  (match List.find_opt (fun p -> p.age > 100) people with
   | None -> print_endline "nobody over 100"
   | Some p -> print_endline p.name);
  (match List.find_opt (fun p -> String.length p.name = 2) people with
   | None -> print_endline "none"
   | Some p -> Printf.printf "two-letter name: %s\n" p.name);
  Printf.printf "%s\n"
    (match List.find_map (fun p -> if p.age > 40 then Some (p.name ^ "!") else None) people with
     | Some s -> s | None -> "none");
  (try
     let p = List.find (fun p -> p.name = "zed") people in
     print_endline p.name
   with Not_found -> print_endline "zed: Not_found");
  let visited = ref 0 in
  ignore (List.find (fun p -> incr visited; p.age = 45) people);
  Printf.printf "visited %d\n" !visited;
  let minors = List.find_all (fun p -> p.age < 18) people in
  print_endline (String.concat "," (List.map (fun p -> p.name) minors))
