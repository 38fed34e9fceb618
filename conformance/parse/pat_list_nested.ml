let f = function
  | [ [ x ]; [ y; z ] ] -> x + y + z
  | [ (a, b) ] -> a + b
  | [ Some x; None ] -> x
  | _ -> 0
