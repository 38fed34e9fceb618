let render x =
  <p><%i match x with Some n -> n %></p>

let () =
  print_string (render (Some 1));
  print_string (render None)
