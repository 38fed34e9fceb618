let header title =
  <head><title><%s title %></title></head>

let footer year =
  <footer>&copy; <%i year %></footer>

let count = ref 0

let page title body =
  incr count;
  <html>
  <%s! header title %>
  <body><%s body %></body>
  <%s! footer (2020 + !count) %>
  </html>

let () =
  print_string (page "One" "first");
  print_string (page "Two" "second")
