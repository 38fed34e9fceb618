open Ppx_yojson_conv_lib.Yojson_conv.Primitives
type expr = Num of int | Add of expr * expr | Let of binding
and binding = { var : string; value : expr; body : expr }
[@@deriving yojson]
let () =
  let e = Let { var = "x"; value = Num 1; body = Add (Num 2, Num 3) } in
  let j = yojson_of_expr e in
  print_endline (Yojson.Safe.to_string j);
  Printf.printf "%b\n" (expr_of_yojson j = e)
