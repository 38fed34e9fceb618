let pr l = List.iter print_int l
let pri = List.iteri (fun i x -> Printf.printf "%d:%s\n" i x)
