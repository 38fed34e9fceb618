open Yojson.Safe.Util
let () =
  let j = Yojson.Safe.from_string {|{"a": 1, "a": 2, "b": 3}|} in
  print_endline (Yojson.Safe.to_string j);
  Printf.printf "%d\n" (to_int (member "a" j))
