let () =
  List.iter (fun f ->
    match Yojson.Safe.to_string ~std:true (`Float f) with
    | s -> print_endline s
    | exception Yojson.Json_error m -> print_endline ("error: " ^ m))
    [1.5; nan; infinity; neg_infinity; 0.0]
