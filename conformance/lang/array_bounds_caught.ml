let () =
  let a = [| 1; 2; 3 |] in
  let try_get i =
    match a.(i) with
    | v -> Printf.printf "a.(%d) = %d\n" i v
    | exception Invalid_argument m -> Printf.printf "a.(%d): Invalid_argument %S\n" i m in
  List.iter try_get [ 0; 2; 3; -1; max_int ];
  (try a.(3) <- 0 with Invalid_argument m -> Printf.printf "set: %S\n" m);
  (try ignore (Array.get a 10) with Invalid_argument m -> Printf.printf "Array.get: %S\n" m);
  (try Array.set a (-5) 1 with Invalid_argument m -> Printf.printf "Array.set: %S\n" m);
  let f = [| 1.0 |] in
  (try ignore f.(1) with Invalid_argument m -> Printf.printf "float array: %S\n" m);
  (try ignore [||].(0) with Invalid_argument m -> Printf.printf "empty: %S\n" m);
  (try Array.fill a 2 5 0 with Invalid_argument m -> Printf.printf "fill: %S\n" m);
  let m = Array.make_matrix 2 2 0 in
  (try m.(1).(2) <- 1 with Invalid_argument msg -> Printf.printf "matrix: %S\n" msg);
  Printf.printf "%d\n" (Array.length a)
