(* Dream's multipart forms (Dream.multipart) and uploads (Dream.upload, Dream.upload_part),
   as the end of module Dream (dream-lib/src/run.rs appends it to dream.ml). The host hands
   each request its whole body, so the body is parsed here, in one pass over a string that is
   already in the program's memory: a host service would only copy it twice more. *)

(* ---- parsing ------------------------------------------------------------------------- *)

type multipart_part = {
  part_headers : (string * string) list;
  part_name : string option;
  part_filename : string option;
  part_content : string;
}

(* The index of [sub] in [s] at or after [from]. *)
let find_from s sub from =
  let n = String.length s and m = String.length sub in
  let rec matches i k = k >= m || (String.unsafe_get s (i + k) = String.unsafe_get sub k && matches i (k + 1)) in
  let rec go i =
    if i + m > n then None
    else if matches i 0 then Some i
    else go (i + 1) in
  if from < 0 then None else go from

(* "main; k=v; k2=\"v 2\"": the main value and the parameters (names lowercased, quoted
   values unquoted). *)
let header_params value =
  let n = String.length value in
  let main_end = match String.index_opt value ';' with Some i -> i | None -> n in
  let main = String.trim (String.sub value 0 main_end) in
  let rec params i acc =
    if i >= n then List.rev acc
    else
      let key_end = let rec k j = if j < n && value.[j] <> '=' && value.[j] <> ';' then k (j + 1) else j in k i in
      let key = lowercase (String.trim (String.sub value i (key_end - i))) in
      if key_end >= n || value.[key_end] = ';' then params (key_end + 1) (if key = "" then acc else (key, "") :: acc)
      else
        let j = let rec skip j = if j < n && (value.[j] = ' ' || value.[j] = '\t') then skip (j + 1) else j in skip (key_end + 1) in
        if j < n && value.[j] = '"' then begin
          let b = Buffer.create 16 in
          let rec quoted j =
            if j >= n then j
            else if value.[j] = '\\' && j + 1 < n then (Buffer.add_char b value.[j + 1]; quoted (j + 2))
            else if value.[j] = '"' then j + 1
            else (Buffer.add_char b value.[j]; quoted (j + 1)) in
          let after = quoted (j + 1) in
          let next = match String.index_from_opt value after ';' with Some s -> s + 1 | None -> n in
          params next ((key, Buffer.contents b) :: acc)
        end else
          let stop = match String.index_from_opt value j ';' with Some s -> s | None -> n in
          params (stop + 1) ((key, String.trim (String.sub value j (stop - j))) :: acc) in
  (main, params (main_end + 1) [])

(* The boundary of a Content-Type "type/subtype; boundary=...", if it parses. *)
let multipart_boundary content_type =
  let (main, params) = header_params content_type in
  match String.index_opt main '/' with
  | Some i when i > 0 && i < String.length main - 1 ->
    (match List.assoc_opt "boundary" params with Some b when b <> "" -> Some b | _ -> None)
  | _ -> None

(* Header lines "Name: value" (folded lines joined). *)
let part_headers block =
  let lines = if block = "" then [] else String.split_on_char '\n' block in
  let lines = List.map (fun l -> if String.length l > 0 && l.[String.length l - 1] = '\r' then String.sub l 0 (String.length l - 1) else l) lines in
  let rec join = function
    | a :: b :: rest when String.length b > 0 && (b.[0] = ' ' || b.[0] = '\t') -> join ((a ^ " " ^ String.trim b) :: rest)
    | a :: rest -> a :: join rest
    | [] -> [] in
  List.filter_map (fun l ->
    match String.index_opt l ':' with
    | Some i -> Some (String.trim (String.sub l 0 i), String.trim (String.sub l (i + 1) (String.length l - i - 1)))
    | None -> None) (join lines)

let make_part headers content =
  let disposition = List.find_map (fun (k, v) -> if lowercase k = "content-disposition" then Some v else None) headers in
  let params = match disposition with Some d -> snd (header_params d) | None -> [] in
  { part_headers = headers; part_name = List.assoc_opt "name" params;
    part_filename = List.assoc_opt "filename" params; part_content = content }

(* The parts of a multipart body, or None when it is not one (no delimiter, no closing
   delimiter, a part without its blank line). *)
let parse_multipart boundary body =
  let delimiter = "--" ^ boundary in
  let first =
    if String.length body >= String.length delimiter && String.sub body 0 (String.length delimiter) = delimiter then Some 0
    else Option.map (fun i -> i + 2) (find_from body ("\r\n" ^ delimiter) 0) in
  let rec parts at acc =
    let after = at + String.length delimiter in
    if after + 2 <= String.length body && String.sub body after 2 = "--" then Some (List.rev acc)
    else
      let rec pad i = if i < String.length body && (body.[i] = ' ' || body.[i] = '\t') then pad (i + 1) else i in
      let line_end = pad after in
      if not (line_end + 2 <= String.length body && String.sub body line_end 2 = "\r\n") then None
      else
        let start = line_end + 2 in
        let headers_end =
          if start + 2 <= String.length body && String.sub body start 2 = "\r\n" then Some (start, start + 2)
          else Option.map (fun i -> (i, i + 4)) (find_from body "\r\n\r\n" start) in
        match headers_end with
        | None -> None
        | Some (h_end, content_start) ->
          match find_from body ("\r\n" ^ delimiter) content_start with
          | None -> None
          | Some content_end ->
            let headers = part_headers (String.sub body start (h_end - start)) in
            let part = make_part headers (String.sub body content_start (content_end - content_start)) in
            parts (content_end + 2) (part :: acc) in
  match first with None -> None | Some at -> parts at []

(* ---- Dream.multipart ------------------------------------------------------------------ *)

type multipart_form = (string * (string option * string) list) list

(* Named parts grouped by name in submission order, the groups sorted by name; an empty file
   input's lone [(Some "", "")] is no file at all. *)
let group_parts parts =
  let groups = List.fold_left (fun groups p ->
    match p.part_name with
    | None -> groups
    | Some name ->
      let value = (p.part_filename, p.part_content) in
      if List.mem_assoc name groups then List.map (fun (n, vs) -> if n = name then (n, vs @ [value]) else (n, vs)) groups
      else groups @ [(name, [value])]) [] parts in
  let groups = List.map (fun (n, vs) -> match vs with [(Some "", "")] -> (n, []) | _ -> (n, vs)) groups in
  List.stable_sort (fun (a, _) (b, _) -> String.compare a b) groups

let multipart ?(csrf = true) request =
  let boundary = match header request "Content-Type" with Some c -> multipart_boundary c | None -> None in
  match boundary with
  | None -> Lwt.return `Wrong_content_type
  | Some boundary ->
    Lwt.bind (body request) (fun body ->
      match parse_multipart boundary body with
      | None -> Lwt.return `Wrong_content_type
      | Some parts ->
        let form = group_parts parts in
        if not csrf then Lwt.return (`Ok form)
        else
          let tokens, rest = List.partition (fun (k, _) -> k = "dream.csrf") form in
          match tokens with
          | [] -> form_log.warning (fun log -> log request "CSRF token missing"); Lwt.return (`Missing_token rest)
          | (_, values) :: _ ->
            let token = match values with [(None, v)] -> v | _ -> "" in
            Lwt.map (function
              | `Ok -> `Ok rest
              | `Expired t -> `Expired (rest, t)
              | `Wrong_session -> `Wrong_session rest
              | `Invalid -> `Invalid_token rest) (verify_csrf_token request token))

(* ---- Dream.upload and Dream.upload_part ------------------------------------------------ *)

type part = string option * string option * (string * string) list

type upload_state = { mutable pending : multipart_part list; mutable current : string option }

let upload_log = sub_log "dream.upload"
let multipart_field : upload_state field = new_field ()

let upload_state request =
  match field request multipart_field with
  | Some s -> Lwt.return s
  | None ->
    let fail () =
      upload_log.error (fun log -> log ~request "The request does not have 'Content-Type: multipart/form_data; ...'");
      failwith "The request does not have 'Content-Type: multipart/form_data; ...'" in
    match (match header request "Content-Type" with Some c -> multipart_boundary c | None -> None) with
    | None -> fail ()
    | Some boundary ->
      Lwt.map (fun body ->
        let parts = match parse_multipart boundary body with Some ps -> ps | None -> [] in
        let s = { pending = parts; current = None } in
        set_field request multipart_field s;
        s) (body request)

(* The next part's name, filename and headers; its content is then read with upload_part. *)
let upload request =
  Lwt.map (fun s ->
    s.current <- None;
    match s.pending with
    | [] -> None
    | p :: rest ->
      s.pending <- rest;
      s.current <- (if p.part_content = "" then None else Some p.part_content);
      Some (p.part_name, p.part_filename, p.part_headers)) (upload_state request)

(* The current part's content, in one chunk (the body is already whole), then None. *)
let upload_part request =
  Lwt.map (fun s -> let chunk = s.current in s.current <- None; chunk) (upload_state request)
