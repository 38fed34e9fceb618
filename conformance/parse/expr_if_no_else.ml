let () = if x then print_string "yes"
let () = if x then (print_string "a"; print_string "b")
let () = if x then begin f (); g () end
