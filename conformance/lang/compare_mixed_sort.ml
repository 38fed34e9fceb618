type item = { name : string; prio : int; tags : string list }

let items =
  [ { name = "write"; prio = 2; tags = [ "doc" ] }; { name = "test"; prio = 1; tags = [ "ci"; "dev" ] };
    { name = "build"; prio = 1; tags = [ "ci" ] }; { name = "ship"; prio = 3; tags = [] };
    { name = "test"; prio = 1; tags = [ "ci" ] } ]

let show l = String.concat " " (List.map (fun i -> Printf.sprintf "%s/%d/%d" i.name i.prio (List.length i.tags)) l)

let () =
  print_endline (show (List.sort compare items));
  print_endline (show (List.sort (fun a b -> compare (a.prio, a.name) (b.prio, b.name)) items));
  print_endline (show (List.sort (fun a b -> compare b.tags a.tags) items));
  let keyed = List.map (fun i -> (i.prio, i)) items in
  print_endline (show (List.map snd (List.sort (fun (a, _) (b, _) -> compare a b) keyed)));
  print_endline (show (List.sort_uniq (fun a b -> compare a.name b.name) items));
  Printf.printf "%b\n" (List.nth items 1 = List.nth items 4)
