let greet name =
  <p>Hello, <%s name %>!</p>

let () =
  print_string (greet "world");
  print_string (greet "<script>alert('x & y')</script> \"q\"")
