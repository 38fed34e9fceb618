let render status reason detail =
  begin
    <html>
    <body>
      <h1><%i status %> <%s reason %></h1>
      <pre><%s detail %></pre>
    </body>
    </html>
  end

let () =
  let page = render 404 "Not Found" "path: /a<b>\nmethod: GET" and code = 404 in
  print_string page;
  Printf.printf "status %d\n" code
