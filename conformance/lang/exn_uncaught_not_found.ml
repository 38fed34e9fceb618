let phone_book = [ ("alice", "555-1234"); ("bob", "555-9876") ]

let lookup name = List.assoc name phone_book

let () =
  Printf.printf "%d entries\n" (List.length phone_book);
  Printf.printf "has carol: %b\n" (List.mem_assoc "carol" phone_book);
  List.iter
    (fun name -> Printf.printf "%s: %s\n" name (lookup name))
    [ "alice"; "bob"; "carol"; "dave" ]
