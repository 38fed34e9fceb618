let session_handler request =
  match Dream.session_field request "user" with
  | None ->
    let%lwt () = Dream.invalidate_session request in
    let%lwt () = Dream.set_session_field request "user" "alice" in
    Dream.html "You weren't logged in; but now you are!"
  | Some username ->
    Printf.ksprintf Dream.html "Welcome back, %s!" (Dream.html_escape username)

let cookie_handler request =
  match Dream.cookie request "ui.language" with
  | Some value ->
    Printf.ksprintf Dream.html "Your preferred language is %s!" (Dream.html_escape value)
  | None ->
    let response = Dream.response "Set language preference; come again!" in
    Dream.add_header response "Content-Type" Dream.text_html;
    Dream.set_cookie response request "ui.language" "ut-OP";
    Lwt.return response

let () =
  Dream.run
  @@ Dream.set_secret "foo"
  @@ Dream.logger
  @@ Dream.memory_sessions
  @@ Dream.router [
    Dream.get "/session" session_handler;
    Dream.get "/cookie" cookie_handler;
  ]
