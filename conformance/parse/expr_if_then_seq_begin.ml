let f x =
  if x then begin
    print_string "a";
    print_string "b"
  end else begin
    print_string "c"
  end
