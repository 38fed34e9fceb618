let render tasks =
  <html>
  <body>
% tasks |> List.iter begin fun (name, complete) ->
    <p><%s name %>: <%s if complete then "complete!" else "not complete." %></p>
% end;
  </body>
  </html>

let () = print_string (render ["Write", true; "Test & ship", false])
