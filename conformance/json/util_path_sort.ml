open Yojson.Safe.Util
let j = Yojson.Safe.from_string {|{"z": 1, "a": {"y": [3, {"c": 1, "b": 2}], "x": null}}|}
let () =
  print_endline (Yojson.Safe.to_string (Yojson.Safe.sort j))
