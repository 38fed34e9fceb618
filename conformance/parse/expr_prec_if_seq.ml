let f () =
  if c then print_string "a"; print_string "b"
let g () =
  if c then (print_string "a"; print_string "b")
let h () =
  if c then print_string "a" else print_string "b"; print_string "c"
