open Ppx_yojson_conv_lib.Yojson_conv.Primitives
type 'a pair = { first : 'a; second : 'a } [@@deriving yojson]
type point = int * int [@@deriving yojson]
type poly = { points : point array; weights : (string * float) list; nested : int pair option } [@@deriving yojson]
let () =
  print_endline (Yojson.Safe.to_string (yojson_of_pair yojson_of_string { first = "a"; second = "b" }));
  let p = { points = [| (1, 2); (3, 4) |]; weights = [("w", 0.5)]; nested = Some { first = 1; second = 2 } } in
  let j = yojson_of_poly p in
  print_endline (Yojson.Safe.to_string j);
  let p' = poly_of_yojson j in
  Printf.printf "%b\n" (p = p');
  let q = pair_of_yojson int_of_yojson (Yojson.Safe.from_string {|{"first": 7, "second": 8}|}) in
  Printf.printf "%d\n" (q.first + q.second)
