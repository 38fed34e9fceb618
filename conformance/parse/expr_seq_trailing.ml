let f () =
  print_string "a";
  print_string "b";
  ()
let g () = (a; b;)
let h () = begin a; b; end
