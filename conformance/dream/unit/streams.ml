(* Streams, static files and the origin check through Dream.test, without sockets. *)

let show response =
  let%lwt body = Dream.body response in
  Printf.printf "%i %s [%s] %S\n" (Dream.status_to_int (Dream.status response))
    (Dream.status_to_string (Dream.status response))
    (String.concat "; " (List.map (fun (n, v) -> n ^ ": " ^ v) (Dream.all_headers response))) body;
  Lwt.return_unit

let run handler request = Lwt_main.run (show (Dream.test handler request))

let () =
  print_endline "-- a streamed response, read back whole (twice: the body is read once)";
  let response = Dream.test (fun _ ->
    Dream.stream ~code:202 ~headers:["Content-Type", "text/plain"] (fun s ->
      let%lwt () = Dream.write s "one, " in
      let%lwt () = Dream.flush s in
      Dream.write s "two")) (Dream.request "") in
  Lwt_main.run (show response);
  Lwt_main.run (show response);

  print_endline "-- a request body as a stream";
  let request = Dream.request ~method_:`POST "hello" in
  let stream = Dream.body_stream request in
  let rec drain () =
    match%lwt Dream.read stream with
    | Some chunk -> Printf.printf "chunk %S\n" chunk; drain ()
    | None -> print_endline "end"; Lwt.return_unit in
  Lwt_main.run (drain ());
  Lwt_main.run (match%lwt Dream.read stream with Some _ -> print_endline "more?" ; Lwt.return_unit | None -> print_endline "still end"; Lwt.return_unit);
  (try ignore (Dream.write stream "x"); print_endline "wrote" with Failure m -> print_endline ("Failure: " ^ m));
  (try ignore (Dream.flush stream) with Failure m -> print_endline ("Failure: " ^ m));

  print_endline "-- writing to a closed stream";
  let response = Dream.test (fun _ ->
    Dream.stream (fun s ->
      let%lwt () = Dream.close s in
      Lwt.catch (fun () -> Dream.write s "late") (fun e ->
        print_endline ("write after close: " ^ Printexc.to_string e); Lwt.return_unit))) (Dream.request "") in
  Lwt_main.run (show response);

  print_endline "-- echo";
  run Dream.echo (Dream.request ~method_:`POST "echoed body");

  print_endline "-- static with a loader";
  let loader root path _ = Dream.respond (Printf.sprintf "root=%S path=%S" root path) in
  List.iter (fun target -> run (Dream.static ~loader "assets") (Dream.request ~target ""))
    ["/css/site.css"; "/index.html"; "/img/logo.PNG"; "/noext"; "/a/../b"; "/a/./b"; "/a/"; "/"; "/a%2Fb"; "/a%5Cb"];
  run (Dream.static ~loader "assets") (Dream.request ~method_:`POST ~target:"/css/site.css" "");
  run (Dream.static ~loader:(fun _ _ _ -> Dream.respond ~headers:["Content-Type", "x/y"] "typed") "") (Dream.request ~target:"/f.css" "");
  run (Dream.static ~loader:(fun _ _ _ -> Dream.respond ~status:`Created "made") "") (Dream.request ~target:"/f.json" "");
  run (Dream.static ~loader:(fun _ _ _ -> Dream.respond ~status:`Accepted "later") "") (Dream.request ~target:"/f.json" "");
  run (Dream.static "no-such-folder") (Dream.request ~target:"/file.txt" "");
  run (Dream.router [Dream.get "/static/**" (Dream.static ~loader "www")]) (Dream.request ~target:"/static/js/app.js" "");

  print_endline "-- mime_lookup";
  List.iter (fun f ->
    let t = match Dream.mime_lookup f with [(_, t)] -> t | _ -> "?" in
    Printf.printf "%s: %s\n" f t)
    ["index.html"; "page.htm"; "style.css"; "app.js"; "data.json"; "main.ml"; "photo.JPG"; "a.tar.gz"; "README"; "dir.d/file"; ".hidden"; "font.woff"; "x.svg"];

  print_endline "-- origin_referrer_check";
  let check ?(meth = `POST) headers =
    run (Dream.origin_referrer_check (fun _ -> Dream.respond "passed")) (Dream.request ~method_:meth ~headers "") in
  check ~meth:`GET [];
  check ["Host", "example.com"; "Origin", "http://example.com"];
  check ["Host", "example.com:8080"; "Origin", "http://example.com:8080"];
  check ["Host", "example.com"; "Origin", "https://example.com"];
  check ["Host", "example.com"; "Referer", "http://example.com/form"];
  check ["Host", "example.com"];
  check ["Origin", "http://example.com"];

  print_endline "-- a websocket response";
  run (fun _ -> Dream.websocket ~headers:["X-Socket", "yes"] (fun _ -> Lwt.return_unit)) (Dream.request "")

(* The raw stream slots. *)
let () =
  print_endline "-- client_stream, server_stream";
  let request = Dream.request ~method_:`POST "in" in
  Lwt_main.run (match%lwt Dream.read (Dream.server_stream request) with
    | Some s -> print_endline ("request server stream: " ^ s); Lwt.return_unit
    | None -> print_endline "request server stream: none"; Lwt.return_unit);
  (try ignore (Dream.read (Dream.client_stream request)) with Failure m -> print_endline ("request client stream: " ^ m));
  let response = Dream.response "out" in
  (try ignore (Dream.read (Dream.server_stream response)) with Failure m -> print_endline ("response server stream: " ^ m));
  let replaced = Dream.response "" in
  let source = Dream.body_stream (Dream.request "replacement body") in
  Dream.set_client_stream replaced source;
  Lwt_main.run (show replaced);
  let request = Dream.request "old" in
  Dream.set_server_stream request (Dream.body_stream (Dream.request "new"));
  Lwt_main.run (Lwt.map print_endline (Dream.body request));
  (* A websocket response: the application's side writes what the peer's side reads. *)
  let response = Dream.test (fun _ -> Dream.websocket (fun ws -> Dream.send ws "from the app")) (Dream.request "") in
  Lwt_main.run (match%lwt Dream.read (Dream.client_stream response) with
    | Some s -> print_endline ("peer read: " ^ s); Lwt.return_unit
    | None -> print_endline "peer read: none"; Lwt.return_unit)
