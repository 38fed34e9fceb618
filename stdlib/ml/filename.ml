(* Filename, with Unix conventions. *)
let current_dir_name = "."
let parent_dir_name = ".."
let dir_sep = "/"
let is_dir_sep s i = String.get s i = '/'
let is_relative n = String.length n < 1 || String.get n 0 <> '/'
let is_implicit n =
  is_relative n
  && not (String.length n >= 2 && String.sub n 0 2 = "./")
  && not (String.length n >= 3 && String.sub n 0 3 = "../")
let check_suffix name suff = String.ends_with ~suffix:suff name
let chop_suffix_opt ~suffix filename =
  if String.ends_with ~suffix filename
  then Some (String.sub filename 0 (String.length filename - String.length suffix)) else None
let chop_suffix name suff =
  if check_suffix name suff then String.sub name 0 (String.length name - String.length suff)
  else invalid_arg "Filename.chop_suffix"

(* The length of the extension (with its dot): dots that begin the base name do not count. *)
let extension_len name =
  let rec all_dots_before stop i =
    if i < 0 || is_dir_sep name i then 0
    else if String.get name i = '.' then all_dots_before stop (i - 1)
    else String.length name - stop in
  let rec search i =
    if i < 0 || is_dir_sep name i then 0
    else if String.get name i = '.' then all_dots_before i (i - 1)
    else search (i - 1) in
  search (String.length name - 1)
let extension name =
  let l = extension_len name in
  if l = 0 then "" else String.sub name (String.length name - l) l
let chop_extension name =
  let l = extension_len name in
  if l = 0 then invalid_arg "Filename.chop_extension" else String.sub name 0 (String.length name - l)
let remove_extension name = String.sub name 0 (String.length name - extension_len name)

let basename name =
  if name = "" then current_dir_name
  else begin
    (* Skip trailing separators, then take back to the previous one. *)
    let rec last n = if n < 0 then String.sub name 0 1 else if is_dir_sep name n then last (n - 1) else start n (n + 1)
    and start n stop =
      if n < 0 then String.sub name 0 stop
      else if is_dir_sep name n then String.sub name (n + 1) (stop - n - 1)
      else start (n - 1) stop in
    last (String.length name - 1)
  end
let dirname name =
  if name = "" then current_dir_name
  else begin
    let rec trailing n = if n < 0 then String.sub name 0 1 else if is_dir_sep name n then trailing (n - 1) else base n
    and base n = if n < 0 then current_dir_name else if is_dir_sep name n then separators n else base (n - 1)
    and separators n = if n < 0 then String.sub name 0 1 else if is_dir_sep name n then separators (n - 1) else String.sub name 0 (n + 1) in
    trailing (String.length name - 1)
  end
let concat dirname filename =
  let l = String.length dirname in
  if l = 0 || is_dir_sep dirname (l - 1) then dirname ^ filename else dirname ^ dir_sep ^ filename

let quote s =
  let b = Buffer.create (String.length s + 20) in
  Buffer.add_char b '\'';
  String.iter (fun c -> if c = '\'' then Buffer.add_string b "'\\''" else Buffer.add_char b c) s;
  Buffer.add_char b '\'';
  Buffer.contents b
let quote_command cmd ?stdin ?stdout ?stderr args =
  let redirect op = function None -> "" | Some f -> " " ^ op ^ quote f in
  String.concat " " (List.map quote (cmd :: args))
  ^ redirect "<" stdin ^ redirect ">" stdout
  ^ (match stderr, stdout with Some e, Some o when e = o -> " 2>&1" | _ -> redirect "2>" stderr)
let null = "/dev/null"
let temp_dir = ref (match Sys.getenv_opt "TMPDIR" with Some d -> d | None -> "/tmp")
let get_temp_dir_name () = !temp_dir
let set_temp_dir_name s = temp_dir := s
(* Names made as OCaml's: six hex digits from a generator seeded once by the system. *)
let prng = ref None
let temp_file_name dir prefix suffix =
  let state = match !prng with
    | Some s -> s
    | None -> let s = Random.State.make_self_init () in prng := Some s; s in
  let rnd = Random.State.bits state land 0xFFFFFF in
  concat dir (Printf.sprintf "%s%06x%s" prefix rnd suffix)
let open_temp_file ?(mode = [ Open_text ]) ?(perms = 0o600) ?(temp_dir = !temp_dir) prefix suffix =
  let rec attempt counter =
    let name = temp_file_name temp_dir prefix suffix in
    match open_out_gen (Open_wronly :: Open_creat :: Open_excl :: mode) perms name with
    | oc -> (name, oc)
    | exception (Sys_error _ as e) -> if counter >= 1000 then raise e else attempt (counter + 1) in
  attempt 0
let temp_file ?(temp_dir = !temp_dir) prefix suffix =
  let name, oc = open_temp_file ~temp_dir prefix suffix in
  close_out oc;
  name
