(* Dream's k-websocket example: the page's script opens /websocket and sends "Hello?"; the
   server answers "Good-bye!" and the socket closes when the callback returns (any other
   message closes it at once). /echo sends back every message, text or binary, until the
   client closes. *)

let home = {|<!DOCTYPE html>
<html>
<body>
<script>
  var socket = new WebSocket("ws://" + window.location.host + "/websocket");
  socket.onopen = function () {
    socket.send("Hello?");
  };
  socket.onmessage = function (e) {
    alert(e.data);
  };
</script>
</body>
</html>
|}

let rec echo websocket =
  match%lwt Dream.receive_fragment websocket with
  | None -> Dream.log "echo: the client closed"; Lwt.return_unit
  | Some (message, text_or_binary, end_of_message) ->
    let%lwt () = Dream.send ~text_or_binary ~end_of_message websocket message in
    echo websocket

let () =
  Dream.run
  @@ Dream.logger
  @@ Dream.router [
    Dream.get "/" (fun _ -> Dream.html home);
    Dream.get "/websocket" (fun _ ->
      Dream.websocket (fun websocket ->
        match%lwt Dream.receive websocket with
        | Some "Hello?" -> Dream.send websocket "Good-bye!"
        | _ -> Dream.close_websocket websocket));
    Dream.get "/echo" (fun _ -> Dream.websocket echo);
  ]
