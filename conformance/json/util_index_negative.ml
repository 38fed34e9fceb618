open Yojson.Safe.Util
let l = `List [`Int 10; `Int 20; `Int 30]
let () =
  List.iter (fun i ->
    match index i l with
    | v -> Printf.printf "%d -> %s\n" i (Yojson.Safe.to_string v)
    | exception Undefined (m, _) -> Printf.printf "%d -> %s\n" i m) [0; 2; 3; -1; -3; -4]
