let show s =
  <pre><%S s %></pre>
  <pre><%S! s %></pre>

let () = print_string (show "say \"hi\" <now>\n")
