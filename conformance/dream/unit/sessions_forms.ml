(* Sessions, CSRF tokens, forms and flash messages without sockets (ids and tokens vary, so
   only their shapes and what they decide are printed). *)
let handler request =
  let before = Dream.session_field request "user" in
  let%lwt () = Dream.set_session_field request "user" "alice" in
  let%lwt () = Dream.set_session_field request "theme" "dark" in
  let%lwt () = Dream.set_session_field request "user" "bob" in
  let fields = Dream.all_session_fields request in
  let id = Dream.session_id request and label = Dream.session_label request in
  let token = Dream.csrf_token request in
  let%lwt ok = Dream.verify_csrf_token request token in
  let%lwt bad = Dream.verify_csrf_token request "not a token!" in
  let%lwt () = Dream.invalidate_session request in
  let%lwt wrong = Dream.verify_csrf_token request token in
  Printf.printf "%s | %s | id %d label %d new id %b new label %b\n"
    (match before with None -> "None" | Some v -> v)
    (String.concat ", " (List.map (fun (k, v) -> k ^ "=" ^ v) fields))
    (String.length id) (String.length label) (id <> Dream.session_id request) (label <> Dream.session_label request);
  let show = function `Ok -> "Ok" | `Invalid -> "Invalid" | `Wrong_session -> "Wrong_session" | `Expired _ -> "Expired" in
  Printf.printf "%s %s %s %b\n" (show ok) (show bad) (show wrong) (Dream.all_session_fields request = []);
  let tag = Dream.csrf_tag request in
  Printf.printf "%s...%s" (String.sub tag 0 40) (String.sub tag (String.length tag - 3) 3);
  Dream.html "done"

let () =
  let response = Dream.test (Dream.memory_sessions handler) (Dream.request "") in
  (* Max-Age is the session's remaining time, floored: left out, it depends on the clock. *)
  let attributes v = List.filter (fun a -> not (String.length a > 8 && String.sub a 0 9 = " Max-Age=")) (List.tl (String.split_on_char ';' v)) in
  List.iter (fun (k, v) -> if k = "Set-Cookie" then print_endline (String.sub v 0 14 ^ "..." ^ String.concat ";" (attributes v))) (Dream.all_headers response)

let form_result request =
  match%lwt Dream.form request with
  | `Ok fields -> Lwt.return ("Ok " ^ String.concat "," (List.map (fun (k, v) -> k ^ "=" ^ v) fields))
  | `Missing_token fields -> Lwt.return ("Missing_token " ^ String.concat "," (List.map fst fields))
  | `Many_tokens _ -> Lwt.return "Many_tokens"
  | `Invalid_token _ -> Lwt.return "Invalid_token"
  | `Wrong_session _ -> Lwt.return "Wrong_session"
  | `Expired _ -> Lwt.return "Expired"
  | `Wrong_content_type -> Lwt.return "Wrong_content_type"

let () =
  let form = "application/x-www-form-urlencoded" in
  let post ?(content_type = form) body =
    let request = Dream.request ~method_:`POST ~headers:[ ("Content-Type", content_type) ] body in
    ignore (Dream.test (Dream.memory_sessions (fun request ->
      let body = if body = "TOKEN" then "dream.csrf=" ^ Dream.csrf_token request ^ "&b=2&a=1" else body in
      Dream.set_body request body;
      let%lwt r = form_result request in
      print_endline r;
      Dream.html "")) request) in
  post "TOKEN";
  post "b=2&a=1";
  post "dream.csrf=x&dream.csrf=y";
  post "dream.csrf=AAAA&a=1";
  post ~content_type:"text/plain" "a=1";
  post ~content_type:"application/x-www-form-urlencoded; charset=utf-8" "TOKEN"

let () =
  let outgoing = Dream.test (Dream.flash (fun request ->
    Dream.add_flash_message request "Info" "saved \"x\"";
    Dream.add_flash_message request "Error" "línea\n2";
    Dream.html "")) (Dream.request "") in
  let cookie = match Dream.header outgoing "Set-Cookie" with Some c -> List.hd (String.split_on_char ';' c) | None -> "" in
  print_endline (String.concat ";" (List.tl (String.split_on_char ';' (Option.value ~default:"" (Dream.header outgoing "Set-Cookie")))));
  let incoming = Dream.request ~headers:[ ("Cookie", cookie) ] "" in
  List.iter (fun (c, m) -> Printf.printf "%s: %S\n" c m) (Dream.flash_messages incoming);
  print_int (List.length (Dream.flash_messages (Dream.request ~headers:[ ("Cookie", "dream.flash=garbage") ] "")));
  print_newline ()
