(* Dream's j-stream example: POST /echo streams the request body back as it arrives, one
   chunk at a time, each flushed at once. *)

let echo request =
  let request_stream = Dream.body_stream request in
  Dream.stream
    ~headers:["Content-Type", "application/octet-stream"]
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

(* A countdown written in pieces: writes between flushes go out together. *)
let countdown _request =
  Dream.stream ~code:201 ~headers:["Content-Type", "text/plain"] (fun stream ->
    let rec count n =
      if n = 0 then Dream.write stream "liftoff\n"
      else
        let%lwt () = Dream.write stream (string_of_int n) in
        let%lwt () = Dream.write stream "...\n" in
        let%lwt () = Dream.flush stream in
        let%lwt () = Lwt_unix.sleep 0.01 in
        count (n - 1)
    in
    count 3)

(* The whole body of a streamed request, read with Dream.body. *)
let length request =
  let%lwt body = Dream.body request in
  Dream.respond (Printf.sprintf "%i bytes\n" (String.length body))

(* Writing after the stream is closed fails with End_of_file. *)
let closed _request =
  Dream.stream (fun stream ->
    let%lwt () = Dream.write stream "before close\n" in
    let%lwt () = Dream.close stream in
    match%lwt Dream.write stream "after close\n" with
    | () -> Dream.log "write after close: ok"; Lwt.return_unit
    | exception End_of_file -> Dream.log "write after close: End_of_file"; Lwt.return_unit)

let () =
  Dream.run
  @@ Dream.logger
  @@ Dream.router [
    Dream.post "/echo" echo;
    Dream.get "/countdown" countdown;
    Dream.post "/length" length;
    Dream.get "/closed" closed;
  ]
