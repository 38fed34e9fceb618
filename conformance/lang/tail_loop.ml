let rec loop f n acc = if n = 0 then acc else loop f (n - 1) (f acc)
let () = print_int (loop (fun x -> x + 1) 10_000_000 0); print_newline ()
