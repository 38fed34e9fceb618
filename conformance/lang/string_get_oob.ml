let try_get s i =
  match s.[i] with
  | c -> Printf.printf "%S.[%d] = %C\n" s i c
  | exception Invalid_argument m -> Printf.printf "%S.[%d]: Invalid_argument %S\n" s i m

let () =
  try_get "abc" 0;
  try_get "abc" 2;
  try_get "abc" 3;
  try_get "abc" (-1);
  try_get "" 0;
  (try ignore (String.get "xy" 5) with Invalid_argument m -> Printf.printf "String.get: %S\n" m);
  let b = Bytes.of_string "xyz" in
  (try Bytes.set b 3 'a' with Invalid_argument m -> Printf.printf "Bytes.set: %S\n" m);
  (try ignore (Bytes.get b (-1)) with Invalid_argument m -> Printf.printf "Bytes.get: %S\n" m);
  (try ignore (String.sub "abc" 2 2) with Invalid_argument m -> Printf.printf "String.sub: %S\n" m);
  (try ignore (Bytes.sub b 0 4) with Invalid_argument m -> Printf.printf "Bytes.sub: %S\n" m);
  (try ignore (String.blit "abc" 0 b 1 3) with Invalid_argument m -> Printf.printf "String.blit: %S\n" m)
