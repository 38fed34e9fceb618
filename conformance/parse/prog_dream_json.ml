open Ppx_yojson_conv_lib.Yojson_conv.Primitives

type message_object = {
  message : string;
  priority : int option; [@yojson.option]
} [@@deriving yojson]

type reply = {
  echoed : string;
  length : int;
} [@@deriving yojson]

let handle request =
  let%lwt body = Dream.body request in
  let message_object =
    body
    |> Yojson.Safe.from_string
    |> message_object_of_yojson
  in
  let reply = { echoed = message_object.message; length = String.length message_object.message } in
  reply
  |> yojson_of_reply
  |> Yojson.Safe.to_string
  |> Dream.json

let () =
  Dream.run
  @@ Dream.logger
  @@ Dream.origin_referrer_check
  @@ Dream.router [ Dream.post "/" handle ]
