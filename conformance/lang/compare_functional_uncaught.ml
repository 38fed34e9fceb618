type handler = { name : string; run : int -> int }

let handlers = [ { name = "double"; run = (fun x -> 2 * x) }; { name = "square"; run = (fun x -> x * x) } ]

let () =
  List.iter (fun h -> Printf.printf "%s 7 = %d\n" h.name (h.run 7)) handlers;
  let h = List.hd handlers in
  Printf.printf "same name: %b\n" (h.name = "double");
  Printf.printf "is member: %b\n" (List.mem h handlers)

let () =
  let twin = { name = "double"; run = (fun x -> x + x) } in
  print_endline "comparing two records whose names are equal";
  Printf.printf "equal: %b\n" (twin = List.hd handlers)
