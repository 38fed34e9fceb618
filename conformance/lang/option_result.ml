let safe_div a b = if b = 0 then Error "division by zero" else Ok (a / b)
let () =
  List.iter (fun (a, b) -> match safe_div a b with Ok v -> Printf.printf "ok %d\n" v | Error e -> Printf.printf "error %s\n" e) [(6, 3); (1, 0)];
  let find k l = List.assoc_opt k l in
  print_endline (Option.value (find 2 [(1, "one"); (2, "two")]) ~default:"none");
  print_endline (Option.value (find 3 [(1, "one")]) ~default:"none");
  print_endline (match Option.map String.length (Some "four") with Some n -> string_of_int n | None -> "-");
  print_endline (match Result.map (fun x -> x * 2) (Ok 21) with Ok v -> string_of_int v | Error _ -> "-")
