let show_form ?message request =
  let buffer = Buffer.create 256 in
  Buffer.add_string buffer "<html><body>";
  begin match message with
  | None -> ()
  | Some message ->
    Printf.bprintf buffer "<p>You entered: <b>%s!</b></p>" (Dream.html_escape message)
  end;
  Buffer.add_string buffer "<form method=\"POST\" action=\"/\">";
  Buffer.add_string buffer (Dream.csrf_tag request);
  Buffer.add_string buffer {|<input name="message" autofocus></form></body></html>|};
  Buffer.contents buffer

let () =
  Dream.run
  @@ Dream.logger
  @@ Dream.memory_sessions
  @@ Dream.router [
    Dream.get "/" (fun request -> Dream.html (show_form request));
    Dream.post "/" (fun request ->
      match%lwt Dream.form request with
      | `Ok [ "message", message ] -> Dream.html (show_form ~message request)
      | `Ok _ | `Expired _ | `Wrong_session _ -> Dream.empty `Bad_Request
      | _ -> Dream.empty `Bad_Request);
  ]
