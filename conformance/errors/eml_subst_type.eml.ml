let render (name : string) =
  <p>Hello, <%i name %>!</p>

let () = print_string (render "x")
