open Ppx_yojson_conv_lib.Yojson_conv.Primitives
type t = { a : int; b : string } [@@deriving yojson]
type v = A | B of int [@@deriving yojson]
let attempt f s =
  match f (Yojson.Safe.from_string s) with
  | _ -> print_endline "ok"
  | exception Ppx_yojson_conv_lib.Yojson_conv.Of_yojson_error (Failure m, j) ->
    Printf.printf "%s (%s)\n" m (Yojson.Safe.to_string j)
let () =
  attempt t_of_yojson {|{"a": 1, "b": "x"}|};
  attempt t_of_yojson {|{"a": "one", "b": "x"}|};
  attempt t_of_yojson {|{"a": 1}|};
  attempt t_of_yojson {|{"a": 1, "b": "x", "c": 2}|};
  attempt t_of_yojson {|[1, 2]|};
  attempt v_of_yojson {|["C"]|};
  attempt v_of_yojson {|["B", 1, 2]|};
  attempt v_of_yojson {|["B", 3]|}
