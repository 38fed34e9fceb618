let my_error_template _error debug_info suggested_response =
  let status = Dream.status suggested_response in
  let code = Dream.status_to_int status
  and reason = Dream.status_to_string status in
  Dream.set_header suggested_response "Content-Type" Dream.text_html;
  Dream.set_body suggested_response
    (Printf.sprintf "<h1>%i %s</h1><pre>%s</pre>" code reason
       (Dream.html_escape debug_info));
  Lwt.return suggested_response

let () =
  Dream.run ~error_handler:(Dream.error_template my_error_template)
  @@ Dream.logger
  @@ Dream.router [
    Dream.get "/bad" (fun _ -> Dream.empty `Bad_Request);
    Dream.get "/fail" (fun request ->
      Dream.log "Raising an exception for %s!" (Dream.client request);
      Dream.warning (fun log -> log ~request "about to fail");
      raise (Failure "The Web app failed!"));
    Dream.get "/query" (fun request ->
      match Dream.query request "echo" with
      | None -> Dream.html "Use ?echo=foo to give a message to echo!"
      | Some message -> Dream.html (Dream.html_escape message));
  ]
