let page big native =
  <p><%Ld big %> <%Lx big %> <%nd native %> <%i! Int64.to_int big %></p>

let () = print_string (page 1234567890123L 42n)
