let f () =
  let x = 1 in
  print_int x;
  let y = 2 in
  print_int y;
  x + y
