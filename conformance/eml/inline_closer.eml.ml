let render comments =
  <html>
  <body>
% comments |> List.iter (fun (id, text) ->
    <p><%i id %>: <%s text %></p><% ); %>
  </body>
  </html>

let () = print_string (render [1, "first"; 2, "second & last"])
