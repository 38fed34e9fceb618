let () =
  let (a, b) = (
    <p>one</p>
  ,
    <p>two</p>
  ) in
  print_string b;
  print_string a
