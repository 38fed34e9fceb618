let seeded_hash_param = Hashtbl.seeded_hash_param
let hash x = seeded_hash_param 10 100 0 x
let () =
  List.iter (fun v -> print_int v; print_newline ())
    [hash 0; hash 1; hash (-1); hash 42; hash max_int; hash "a"; hash "hello"; hash "abcdefghi"; hash 1.5; hash (-0.0); hash (1, 2); hash [1; 2; 3]; hash (Some "x"); hash 'c'; hash true; hash [||]; hash (1.0, "z", [2])]
