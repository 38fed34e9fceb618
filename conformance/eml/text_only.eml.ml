let page () =
  <p>Good morning, world!</p>

let () = print_string (page ())
