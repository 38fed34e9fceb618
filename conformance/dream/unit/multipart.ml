(* Dream.multipart without CSRF checks, and Dream.upload / Dream.upload_part as w-upload-stream
   uses them, on hand-made multipart bodies through Dream.test. *)

let crlf s = String.concat "\r\n" (String.split_on_char '\n' s)

let body = crlf {|preamble, ignored
--b
Content-Disposition: form-data; name="zeta"

last by name
--b
Content-Disposition: form-data; name="files"; filename="a.txt"
Content-Type: text/plain

AAA
--b
Content-Disposition: form-data; name="dream.csrf"

token
--b
Content-Disposition: form-data
Content-Type: text/plain

a part without a name
--b
Content-Disposition: form-data; name="files"; filename="b \"quoted\".bin"

BB
--b
Content-Disposition: form-data; name="empty"; filename=""
Content-Type: application/octet-stream


--b--
epilogue|}

let request ?(content_type = "multipart/form-data; boundary=b") body =
  Dream.request ~method_:`POST ~headers:["Content-Type", content_type] body

let show_value (filename, content) =
  Printf.sprintf "(%s, %S)" (match filename with Some f -> Printf.sprintf "Some %S" f | None -> "None") content

let show_result = function
  | `Ok form ->
    "Ok [" ^ String.concat "; " (List.map (fun (name, values) ->
      Printf.sprintf "%S, [%s]" name (String.concat "; " (List.map show_value values))) form) ^ "]"
  | `Wrong_content_type -> "Wrong_content_type"
  | _ -> "other"

let multipart ?content_type body =
  let handler request = Lwt.bind (Dream.multipart ~csrf:false request) (fun r -> Dream.html (show_result r)) in
  print_endline (Lwt_main.run (Dream.body (Dream.test handler (request ?content_type body))))

let () =
  multipart body;
  multipart ~content_type:"multipart/form-data; boundary=\"b\"" body;
  multipart ~content_type:"multipart/form-data" body;
  multipart ~content_type:"application/x-www-form-urlencoded" "a=b";
  multipart (crlf "--b\nContent-Disposition: form-data; name=\"x\"\n\nno end")

(* w-upload-stream's loop: each part's name, filename and size, counted chunk by chunk. *)
let uploads request =
  let rec receive acc =
    match%lwt Dream.upload request with
    | None -> Dream.html (String.concat "\n" (List.rev acc))
    | Some (name, filename, headers) ->
      let rec count size =
        match%lwt Dream.upload_part request with
        | None ->
          let opt = function Some s -> Printf.sprintf "Some %S" s | None -> "None" in
          receive (Printf.sprintf "%s, %s, %d bytes, headers [%s]" (opt name) (opt filename) size
                     (String.concat "; " (List.map (fun (k, v) -> Printf.sprintf "%s: %s" k v) headers)) :: acc)
        | Some chunk -> count (size + String.length chunk) in
      count 0 in
  receive []

let () =
  print_endline (Lwt_main.run (Dream.body (Dream.test uploads (request body))));
  (* Reading a part's content is optional: upload moves on to the next part. *)
  let names request =
    let rec go acc = match%lwt Dream.upload request with
      | None -> Dream.html (String.concat ", " (List.rev acc))
      | Some (name, _, _) -> go ((match name with Some n -> n | None -> "-") :: acc) in
    go [] in
  print_endline (Lwt_main.run (Dream.body (Dream.test names (request body))));
  match Dream.test (fun request -> Lwt.bind (Dream.upload request) (fun _ -> Dream.html "")) (request ~content_type:"text/plain" "x") with
  | _ -> print_endline "no exception"
  | exception Failure msg -> print_endline ("Failure: " ^ msg)
