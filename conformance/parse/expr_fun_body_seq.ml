let f = fun x -> print_int x; x
let g = function x -> print_int x; x | _ -> 0
let h = List.iter (fun x -> print_int x; print_newline ())
