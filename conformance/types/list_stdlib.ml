let a = List.map (fun x -> x + 1)
let b = List.filter (fun x -> x > 0) [1; 2]
let c = List.fold_left ( + ) 0
let d = List.length
