let f ~x ~y = x - y
let () = print_int (f ~y:1 ~x:10); print_newline ()
let g ?(sep = ", ") a b = a ^ sep ^ b
let () = print_endline (g "a" "b"); print_endline (g ~sep:"-" "a" "b")
let h ?n () = match n with None -> 0 | Some k -> k
let () = print_int (h ()); print_int (h ~n:5 ()); print_newline ()
let k ~f l = List.map f l
let () = List.iter print_int (k [1;2] ~f:(fun x -> x * 2)); print_newline ()
