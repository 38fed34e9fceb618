let page n =
  <p><%s Printf.sprintf "%d%% & more" n %></p>

let () = print_string (page 50)
