let page items =
  let n = List.length items in
  let first = List.hd items in
  <p><%i n %> items, first <%s first %></p>

let () = print_string (page ["x"; "y"])
