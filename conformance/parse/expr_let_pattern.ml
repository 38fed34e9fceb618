let (a, b) = (1, 2)
let { x; y } = p
let Some v = o
let _ = ignore 1
let () = print_endline "hi"
let [| a; b |] = arr
