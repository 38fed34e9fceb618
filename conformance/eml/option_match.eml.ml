let render ?message () =
  <html>
  <body>
% begin match message with
% | None -> ()
% | Some message ->
    <p>You entered: <b><%s message %>!</b></p>
% end;
    <form method="POST" action="/">
      <input name="message" autofocus>
    </form>
  </body>
  </html>

let () =
  print_string (render ());
  print_string (render ~message:"<hi>" ())
