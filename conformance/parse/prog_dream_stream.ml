let echo request =
  let request_stream = Dream.body_stream request in
  Dream.stream
    ~headers:[ "Content-Type", "application/octet-stream" ]
    (fun response_stream ->
      let rec loop () =
        match%lwt Dream.read request_stream with
        | None -> Dream.close response_stream
        | Some chunk ->
          let%lwt () = Dream.write response_stream chunk in
          let%lwt () = Dream.flush response_stream in
          loop ()
      in
      loop ())

let ticker _request =
  Dream.stream (fun stream ->
    let rec tick n =
      if n = 0 then Dream.close stream
      else begin
        Dream.write stream (Printf.sprintf "data: %d\n\n" n);%lwt
        Dream.flush stream;%lwt
        let%lwt () = Lwt_unix.sleep 0.5 in
        tick (n - 1)
      end
    in
    tick 10)

let () =
  Dream.run ~interface:"0.0.0.0" ~port:(int_of_string (Sys.getenv "PORT"))
  @@ Dream.logger
  @@ Dream.router [ Dream.post "/echo" echo; Dream.get "/tick" ticker ]
