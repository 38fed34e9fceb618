(* A JSON-like value type with a compact and a pretty printer, and a few queries *)
type json =
  | Null
  | Bool of bool
  | Number of float
  | String of string
  | Array of json list
  | Object of (string * json) list

let escape s =
  let b = Buffer.create (String.length s + 2) in
  String.iter
    (fun c ->
      match c with
      | '"' -> Buffer.add_string b "\\\""
      | '\\' -> Buffer.add_string b "\\\\"
      | '\n' -> Buffer.add_string b "\\n"
      | '\t' -> Buffer.add_string b "\\t"
      | c when Char.code c < 0x20 -> Buffer.add_string b (Printf.sprintf "\\u%04x" (Char.code c))
      | c -> Buffer.add_char b c)
    s;
  "\"" ^ Buffer.contents b ^ "\""

let number f =
  if Float.is_integer f && Float.abs f < 1e15 then Printf.sprintf "%.0f" f
  else Printf.sprintf "%.17g" f

let rec compact = function
  | Null -> "null"
  | Bool b -> string_of_bool b
  | Number f -> number f
  | String s -> escape s
  | Array l -> "[" ^ String.concat "," (List.map compact l) ^ "]"
  | Object kv -> "{" ^ String.concat "," (List.map (fun (k, v) -> escape k ^ ":" ^ compact v) kv) ^ "}"

let pretty v =
  let b = Buffer.create 256 in
  let indent n = Buffer.add_string b (String.make (2 * n) ' ') in
  let rec go lvl = function
    | Array [] -> Buffer.add_string b "[]"
    | Object [] -> Buffer.add_string b "{}"
    | Array l ->
      Buffer.add_string b "[\n";
      List.iteri
        (fun i x ->
          if i > 0 then Buffer.add_string b ",\n";
          indent (lvl + 1);
          go (lvl + 1) x)
        l;
      Buffer.add_char b '\n';
      indent lvl;
      Buffer.add_char b ']'
    | Object kv ->
      Buffer.add_string b "{\n";
      List.iteri
        (fun i (k, x) ->
          if i > 0 then Buffer.add_string b ",\n";
          indent (lvl + 1);
          Buffer.add_string b (escape k);
          Buffer.add_string b ": ";
          go (lvl + 1) x)
        kv;
      Buffer.add_char b '\n';
      indent lvl;
      Buffer.add_char b '}'
    | v -> Buffer.add_string b (compact v) in
  go 0 v;
  Buffer.contents b

let rec depth = function
  | Array l -> 1 + List.fold_left (fun m x -> max m (depth x)) 0 l
  | Object kv -> 1 + List.fold_left (fun m (_, x) -> max m (depth x)) 0 kv
  | _ -> 0

let rec find path v =
  match (path, v) with
  | [], v -> Some v
  | k :: rest, Object kv -> (match List.assoc_opt k kv with Some x -> find rest x | None -> None)
  | k :: rest, Array l -> (match int_of_string_opt k with Some i when i >= 0 && i < List.length l -> find rest (List.nth l i) | _ -> None)
  | _ -> None

let rec count_strings = function
  | String _ -> 1
  | Array l -> List.fold_left (fun acc x -> acc + count_strings x) 0 l
  | Object kv -> List.fold_left (fun acc (_, x) -> acc + count_strings x) 0 kv
  | _ -> 0

let doc =
  Object
    [ ("name", String "mlrun");
      ("version", Number 0.1);
      ("stable", Bool false);
      ("license", Null);
      ("tags", Array [ String "ocaml"; String "rust"; String "quote\"d\ttab" ]);
      ("stats", Object [ ("tests", Number 260.); ("ratio", Number (2. /. 3.)); ("big", Number 1e20) ]);
      ("matrix", Array [ Array [ Number 1.; Number 2. ]; Array []; Array [ Number (-3.5) ] ]);
      ("empty", Object []);
      ("control", String "bell\007nl\n") ]

let () =
  print_endline (compact doc);
  print_endline (pretty doc);
  Printf.printf "depth %d\n" (depth doc);
  Printf.printf "strings %d\n" (count_strings doc);
  List.iter
    (fun p ->
      Printf.printf "%s => %s\n" (String.concat "." p)
        (match find p doc with Some v -> compact v | None -> "<missing>"))
    [ [ "name" ]; [ "stats"; "ratio" ]; [ "matrix"; "0"; "1" ]; [ "matrix"; "5" ]; [ "tags"; "2" ]; [ "nope" ] ];
  let keys = match doc with Object kv -> List.map fst kv | _ -> [] in
  print_endline (String.concat "," (List.sort compare keys))
