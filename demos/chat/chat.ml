(* Dream's w-chat example: every message received on any socket is sent to every connected
   socket, the sender's included. Clients are kept in a table by increasing id. *)

let home = {|<!DOCTYPE html>
<html>
<body>
<form><input id="message" autofocus><button>Send</button></form>
<pre id="log"></pre>
<script>
  var socket = new WebSocket("ws://" + window.location.host + "/websocket");
  var log = document.querySelector("#log");
  var input = document.querySelector("#message");
  document.querySelector("form").onsubmit = function (event) {
    event.preventDefault();
    socket.send(input.value);
    input.value = "";
  };
  socket.onmessage = function (event) {
    log.textContent += event.data + "\n";
  };
</script>
</body>
</html>
|}

let clients : (int, Dream.websocket) Hashtbl.t = Hashtbl.create 5

let track =
  let last_client_id = ref 0 in
  fun websocket ->
    last_client_id := !last_client_id + 1;
    Hashtbl.replace clients !last_client_id websocket;
    !last_client_id

let forget client_id = Hashtbl.remove clients client_id

let send message =
  Hashtbl.to_seq_values clients
  |> List.of_seq
  |> Lwt_list.iter_p (fun client -> Dream.send client message)

let handle_client client =
  let client_id = track client in
  let rec loop () =
    match%lwt Dream.receive client with
    | Some message ->
      let%lwt () = send message in
      loop ()
    | None ->
      forget client_id;
      Dream.close_websocket client
  in
  loop ()

let () =
  Dream.run
  @@ Dream.logger
  @@ Dream.router [
    Dream.get "/" (fun _ -> Dream.html home);
    Dream.get "/websocket" (fun _ -> Dream.websocket handle_client);
  ]
