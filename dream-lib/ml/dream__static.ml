(* What Dream.static needs that touches no message: the media type of a file name (Dream asks
   magic-mime, which goes by the extension) and the validation of the requested path
   (shared/dream-api.md §16, A.6). *)

(* Extensions and their types, as magic-mime's table (Apache's mime.types with OCaml's
   own additions) has them; a subset: the formats a web site serves. *)
let mime_types = [
  "html", "text/html"; "htm", "text/html"; "shtml", "text/html"; "css", "text/css";
  "js", "application/javascript"; "json", "application/json"; "map", "application/json";
  "xml", "application/xml"; "xsl", "application/xml"; "xhtml", "application/xhtml+xml";
  "atom", "application/atom+xml"; "rss", "application/rss+xml";
  "txt", "text/plain"; "text", "text/plain"; "conf", "text/plain"; "log", "text/plain";
  "csv", "text/csv"; "ics", "text/calendar"; "rtf", "application/rtf";
  "ml", "text/x-ocaml"; "mli", "text/x-ocaml"; "mll", "text/x-ocaml"; "mly", "text/x-ocaml";
  "c", "text/x-c"; "h", "text/x-c"; "cc", "text/x-c"; "cpp", "text/x-c"; "java", "text/x-java-source";
  "png", "image/png"; "jpg", "image/jpeg"; "jpeg", "image/jpeg"; "jpe", "image/jpeg";
  "gif", "image/gif"; "svg", "image/svg+xml"; "svgz", "image/svg+xml"; "ico", "image/x-icon";
  "bmp", "image/bmp"; "tif", "image/tiff"; "tiff", "image/tiff"; "webp", "image/webp";
  "pdf", "application/pdf"; "zip", "application/zip"; "tar", "application/x-tar";
  "wasm", "application/wasm"; "sh", "application/x-sh";
  "mp3", "audio/mpeg"; "mpga", "audio/mpeg"; "oga", "audio/ogg"; "ogg", "audio/ogg"; "wav", "audio/x-wav";
  "mp4", "video/mp4"; "mp4v", "video/mp4"; "mpg4", "video/mp4"; "ogv", "video/ogg";
  "webm", "video/webm"; "mpeg", "video/mpeg"; "mpg", "video/mpeg";
  "woff", "application/font-woff"; "ttf", "application/x-font-ttf"; "otf", "application/x-font-otf";
  "eot", "application/vnd.ms-fontobject";
]

(* The type of a file name by its extension (after the last dot of its last component,
   compared without case); application/octet-stream when unknown. *)
let magic_lookup filename =
  let base = match String.rindex_opt filename '/' with
    | Some i -> String.sub filename (i + 1) (String.length filename - i - 1)
    | None -> filename in
  match String.rindex_opt base '.' with
  | None -> "application/octet-stream"
  | Some i ->
    let ext = String.lowercase_ascii (String.sub base (i + 1) (String.length base - i - 1)) in
    match List.assoc_opt ext mime_types with Some t -> t | None -> "application/octet-stream"

let mime_lookup filename =
  let t = magic_lookup filename in
  [ ("Content-Type", if t = "text/html" then "text/html; charset=utf-8" else t) ]

(* The components after the route's wildcard, joined for the file system; None when any is
   empty, "." or "..", or holds a slash or backslash, or there is none. *)
let validate_path components =
  let bad c = c = "" || c = "." || c = ".." || String.contains c '/' || String.contains c '\\' in
  if components = [] || List.exists bad components then None
  else
    let joined = String.concat Filename.dir_sep components in
    if Filename.is_relative joined then Some joined else None
