exception Http_error of { code : int; reason : string }

let fetch path =
  match path with
  | "/" -> "index"
  | "/about" -> "about page"
  | _ -> raise (Http_error { code = 404; reason = path })

let () =
  List.iter (fun p -> print_endline (fetch p)) [ "/"; "/about"; "/missing" ]
