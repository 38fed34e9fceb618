let f = function
  | [] -> 0
  | [ x ] -> x
  | [ x; y ] -> x + y
  | [ x; y; z; ] -> x + y + z
  | _ -> -1
