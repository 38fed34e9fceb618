(* Dream's w-server-sent-events example: a background loop makes numbered messages at random
   intervals; GET /push is an endless text/event-stream of them (first those waiting, then
   each new one), one `data:` event each. GET /count/N is a finite stream of N events, 10 ms
   apart, so a transcript can hold it. *)

let home = {|<!DOCTYPE html>
<html>
<body>
<pre id="messages"></pre>
<script>
  var messages = document.querySelector("#messages");
  var events = new EventSource("/push");
  events.onmessage = function (event) {
    messages.textContent += event.data + "\n";
  };
</script>
</body>
</html>
|}

let server_state = ref []
let notify = ref ignore
let last_message = ref 0

let rec message_loop () =
  let%lwt () = Lwt_unix.sleep (Random.float 2.) in
  incr last_message;
  let message = string_of_int !last_message in
  Dream.log "Generated message %s" message;
  server_state := message :: !server_state;
  !notify ();
  message_loop ()

let rec forward_messages stream =
  let%lwt messages =
    match !server_state with
    | [] ->
      let on_message, notify_message = Lwt.wait () in
      notify := Lwt.wakeup_later notify_message;
      let%lwt () = on_message in
      notify := ignore;
      Lwt.return (List.rev !server_state)
    | messages ->
      Lwt.return (List.rev messages)
  in
  server_state := [];
  messages
  |> List.map (Printf.sprintf "data: %s\n\n")
  |> String.concat ""
  |> fun text ->
    let%lwt () = Dream.write stream text in
    let%lwt () = Dream.flush stream in
    forward_messages stream

let count request =
  let n = int_of_string (Dream.param request "n") in
  Dream.stream ~headers:["Content-Type", "text/event-stream"; "Cache-Control", "no-cache"]
    (fun stream ->
      let rec events i =
        if i > n then Lwt.return_unit
        else
          let%lwt () = Dream.write stream (Printf.sprintf "id: %i\ndata: event %i\n\n" i i) in
          let%lwt () = Dream.flush stream in
          let%lwt () = Lwt_unix.sleep 0.01 in
          events (i + 1)
      in
      events 1)

let () =
  Lwt.async message_loop;
  Dream.run
  @@ Dream.logger
  @@ Dream.router [
    Dream.get "/" (fun _ -> Dream.html home);
    Dream.get "/push" (fun _ ->
      Dream.stream ~headers:["Content-Type", "text/event-stream"] forward_messages);
    Dream.get "/count/:n" count;
  ]
