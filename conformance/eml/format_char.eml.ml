let initial name =
  <b><%c! name.[0] %></b> <i><%C! name.[1] %></i> <u><%s String.make 3 name.[2] %></u>

let () = print_string (initial "Ada")
