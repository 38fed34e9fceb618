let my_error_template _error debug_info suggested_response =
  let status = Dream.status suggested_response in
  let code = Dream.status_to_int status
  and reason = Dream.status_to_string status in

  Dream.set_header suggested_response "Content-Type" Dream.text_html;
  Dream.set_body suggested_response begin
    "<html>\n<body>\n  <h1>" ^ string_of_int code ^ " " ^ reason ^ "</h1>\n  <pre>"
    ^ Dream.html_escape debug_info ^ "</pre>\n</body>\n</html>\n"
  end;
  Lwt.return suggested_response

let () =
  Dream.run ~error_handler:(Dream.error_template my_error_template)
  @@ Dream.logger
  @@ fun _ -> Dream.empty `Not_Found
