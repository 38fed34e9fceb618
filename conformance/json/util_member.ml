open Yojson.Safe.Util
let j = Yojson.Safe.from_string {|{"a": {"b": [1, 2, 3]}, "s": "str", "n": null}|}
let () =
  print_endline (Yojson.Safe.to_string (j |> member "a" |> member "b"));
  print_endline (Yojson.Safe.to_string (j |> member "missing"));
  Printf.printf "%d\n" (j |> member "a" |> member "b" |> index 1 |> to_int);
  Printf.printf "%d\n" (j |> member "a" |> member "b" |> index (-1) |> to_int);
  print_endline (j |> member "s" |> to_string);
  (match j |> member "n" |> to_option to_string with None -> print_endline "None" | Some s -> print_endline s);
  print_endline (String.concat "," (keys j));
  print_endline (String.concat "," (List.map Yojson.Safe.to_string (values j)))
