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
  "tsv", "text/tab-separated-values"; "vtt", "text/vtt"; "sgml", "text/sgml"; "vcf", "text/x-vcard";
  "s", "text/x-asm"; "asm", "text/x-asm"; "f", "text/x-fortran"; "for", "text/x-fortran";
  "p", "text/x-pascal"; "pas", "text/x-pascal";
  "dtd", "application/xml-dtd"; "xslt", "application/xslt+xml"; "rdf", "application/rdf+xml";
  "jsonld", "application/ld+json"; "epub", "application/epub+zip";
  "doc", "application/msword"; "xls", "application/vnd.ms-excel"; "ppt", "application/vnd.ms-powerpoint";
  "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  "odt", "application/vnd.oasis.opendocument.text"; "ods", "application/vnd.oasis.opendocument.spreadsheet";
  "ps", "application/postscript"; "eps", "application/postscript"; "ai", "application/postscript";
  "tex", "application/x-tex"; "latex", "application/x-latex"; "jar", "application/java-archive";
  "class", "application/java-vm"; "bz2", "application/x-bzip2"; "7z", "application/x-7z-compressed";
  "rar", "application/x-rar-compressed"; "deb", "application/x-debian-package";
  "torrent", "application/x-bittorrent"; "swf", "application/x-shockwave-flash";
  "exe", "application/x-msdownload"; "msi", "application/x-msdownload"; "ogx", "application/ogg";
  "m4a", "audio/mp4"; "aac", "audio/x-aac"; "flac", "audio/x-flac"; "weba", "audio/webm";
  "mid", "audio/midi"; "midi", "audio/midi"; "wma", "audio/x-ms-wma"; "m3u", "audio/x-mpegurl";
  "spx", "audio/ogg"; "avi", "video/x-msvideo"; "mov", "video/quicktime"; "qt", "video/quicktime";
  "mkv", "video/x-matroska"; "m4v", "video/x-m4v"; "wmv", "video/x-ms-wmv"; "flv", "video/x-flv";
  "3gp", "video/3gpp"; "h264", "video/h264";
  "psd", "image/vnd.adobe.photoshop"; "tga", "image/x-tga"; "ppm", "image/x-portable-pixmap";
  "pgm", "image/x-portable-graymap"; "pbm", "image/x-portable-bitmap"; "xpm", "image/x-xpixmap";
  "xbm", "image/x-xbitmap";
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
