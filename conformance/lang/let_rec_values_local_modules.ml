let rec ones = 1 :: ones
let () = print_int (List.nth ones 100); print_newline ()
let f () = let rec a = 1 :: b and b = 2 :: a in List.nth a 5
let () = print_int (f ()); print_newline ()
let g x = let module M = struct let y = x * 2 end in M.y
let () = print_int (g 21); print_newline ()
let h () = let exception Local of int in try raise (Local 3) with Local n -> n
let () = print_int (h ()); print_newline ()
let () = let open struct let z = 7 end in print_int z; print_newline ()
