(* Echoes the "message" field of a JSON object, without ppx_yojson_conv: the body is read
   by hand, so the demo needs no JSON library. *)

let message_of_json body =
  let key = "\"message\"" in
  let rec find i =
    if i + String.length key > String.length body then None
    else if String.sub body i (String.length key) = key then Some (i + String.length key)
    else find (i + 1) in
  match find 0 with
  | None -> None
  | Some i ->
    (match String.index_from_opt body i '"' with
     | None -> None
     | Some start ->
       match String.index_from_opt body (start + 1) '"' with
       | None -> None
       | Some stop -> Some (String.sub body (start + 1) (stop - start - 1)))

let () =
  Dream.run
  @@ Dream.logger
  @@ Dream.router [

    Dream.post "/"
      (fun request ->
        let%lwt body = Dream.body request in
        match message_of_json body with
        | Some message -> Dream.json (Printf.sprintf "%S" message)
        | None -> Dream.empty `Bad_Request);

  ]
