type message_state =
  | Messages of string list
  | Client_waiting of (string -> unit)

let server_state = ref (Messages [])

let last_message = ref 0

let rec message_loop () =
  let%lwt () = Lwt_unix.sleep (Random.float 2.) in
  incr last_message;
  let message = string_of_int !last_message in
  Dream.log "Generated message %s" message;
  begin match !server_state with
  | Client_waiting f ->
    server_state := Messages [];
    f message
  | Messages list ->
    server_state := Messages (message :: list)
  end;
  message_loop ()

let poll _request =
  match !server_state with
  | Messages [] ->
    let response_promise, resolver = Lwt.wait () in
    server_state := Client_waiting (fun message ->
      Lwt.wakeup_later resolver (Dream.response message));
    response_promise
  | Messages messages ->
    server_state := Messages [];
    Dream.html (String.concat "\n" (List.rev messages))
  | Client_waiting _ -> Dream.empty `Unauthorized

let () =
  Lwt.async message_loop;
  Dream.run
  @@ Dream.logger
  @@ Dream.router [ Dream.get "/poll" poll ]
