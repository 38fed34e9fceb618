let sum = List.fold_left (fun acc x -> acc + x) 0
let prod = List.fold_left ( * ) 1
