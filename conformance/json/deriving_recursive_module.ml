open Ppx_yojson_conv_lib.Yojson_conv.Primitives
module Tree = struct
  type t = Leaf | Node of t * int * t [@@deriving yojson]
end
type forest = { trees : Tree.t list; name : string } [@@deriving yojson]
let () =
  let t = Tree.Node (Tree.Leaf, 1, Tree.Node (Tree.Leaf, 2, Tree.Leaf)) in
  let f = { trees = [t; Tree.Leaf]; name = "f" } in
  let j = yojson_of_forest f in
  print_endline (Yojson.Safe.to_string j);
  Printf.printf "%b\n" (forest_of_yojson j = f)
