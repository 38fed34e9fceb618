open Yojson.Safe.Util
let doc = Yojson.Safe.from_string {|{"data": {"items": [{"id": 1, "tags": ["x"]}, {"id": 2, "tags": []}, {"id": 3, "tags": ["y", "z"]}]}}|}
let () =
  let items = doc |> member "data" |> member "items" |> to_list in
  let ids = List.map (fun i -> i |> member "id" |> to_int) items in
  print_endline (String.concat " " (List.map string_of_int ids));
  let tags = items |> filter_member "tags" |> flatten |> filter_string in
  print_endline (String.concat " " tags);
  let counts = List.map (fun i -> List.length (i |> member "tags" |> to_list)) items in
  print_endline (String.concat " " (List.map string_of_int counts))
