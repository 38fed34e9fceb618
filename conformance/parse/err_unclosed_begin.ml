let f () =
  begin
    print_string "x"
let g = 1
