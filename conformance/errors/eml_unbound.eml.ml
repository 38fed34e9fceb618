let render () =
  <p><%i undefined_thing %></p>

let () = print_string (render ())
