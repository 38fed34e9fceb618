let f = function
  | Point { x; y } -> x + y
  | Circle { r; _ } -> r
  | M.Line { len = l } -> l
