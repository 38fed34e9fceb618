(* The comparison at the heart of Dream.origin_referrer_check (shared/dream-api.md A.7): an
   Origin or Referer URI against the request's Host header, as Dream makes it with Uri. *)

let is_scheme_char c =
  match c with 'a' .. 'z' | 'A' .. 'Z' | '0' .. '9' | '+' | '-' | '.' -> true | _ -> false

(* The scheme, host and explicit port of a URI, as Uri reads them (no default ports). *)
let uri_parts s =
  let scheme, rest =
    match String.index_opt s ':' with
    | Some i when i > 0 && String.for_all is_scheme_char (String.sub s 0 i) ->
      Some (String.lowercase_ascii (String.sub s 0 i)), String.sub s (i + 1) (String.length s - i - 1)
    | _ -> None, s in
  if String.length rest < 2 || String.sub rest 0 2 <> "//" then (scheme, None, None)
  else
    let rest = String.sub rest 2 (String.length rest - 2) in
    let stop = ref (String.length rest) in
    String.iteri (fun i c -> if (c = '/' || c = '?' || c = '#') && i < !stop then stop := i) rest;
    let authority = String.sub rest 0 !stop in
    let hostport = match String.rindex_opt authority '@' with
      | Some i -> String.sub authority (i + 1) (String.length authority - i - 1) | None -> authority in
    let bracket = match String.rindex_opt hostport ']' with Some i -> i | None -> -1 in
    match String.rindex_opt hostport ':' with
    | Some i when i > bracket ->
      let port = String.sub hostport (i + 1) (String.length hostport - i - 1) in
      let digits = port <> "" && String.for_all (fun c -> c >= '0' && c <= '9') port in
      let port = match int_of_string_opt port with Some n when digits -> Some (string_of_int n) | _ -> None in
      (scheme, Some (String.sub hostport 0 i), port)
    | _ -> (scheme, Some hostport, None)

(* Scheme (http without TLS, https with it), host (exactly) and explicit port (none inferred)
   must all agree; a Host of other than one or two colon-separated parts has no port. *)
let matches ~tls origin host_header =
  let host, port = match String.split_on_char ':' host_header with
    | [h; p] -> h, Some p | _ -> host_header, None in
  let (scheme, uri_host, uri_port) = uri_parts origin in
  let scheme_ok = match scheme with Some "http" -> not tls | Some "https" -> tls | _ -> false in
  scheme_ok && uri_host = Some host && uri_port = port
