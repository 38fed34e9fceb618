let () = print_int (String.lenght "x")
let x = List.fold_lef
