let grid = Array.make 3 `Empty
let () = grid.(0) <- `Full 1
let count = Array.fold_left (fun n c -> match c with `Full _ -> n + 1 | `Empty -> n) 0 grid
