(* A small router with a path parameter and a counter. *)
let count = ref 0

let count_requests inner_handler request =
  count := !count + 1;
  inner_handler request

let greeting name =
  Printf.sprintf "Hello, %s! You are visitor number %i." name !count

let () =
  Dream.run ~port:8080
  @@ Dream.logger
  @@ count_requests
  @@ Dream.router [
    Dream.get "/" (fun _ -> Dream.html "Good morning, world!");

    Dream.get "/echo/:word" (fun request ->
      Dream.html (Dream.param request "word"));

    Dream.get "/hello/:name" (fun request ->
      let name = Dream.param request "name" in
      Dream.html (greeting (Dream.html_escape name)));

    Dream.post "/echo" (fun request ->
      let%lwt body = Dream.body request in
      Dream.respond
        ~headers:[ ("Content-Type", "application/octet-stream") ]
        body);
  ]
