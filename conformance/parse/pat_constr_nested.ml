let f = function
  | Some (x, y) -> x + y
  | Ok (Some [ x ]) -> x
  | Error (`Msg m) -> String.length m
  | Node (Leaf, x, Leaf) -> x
