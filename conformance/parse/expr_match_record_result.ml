let f r =
  match r with
  | { x = 0; _ } -> { r with x = 1 }
  | { x; y } when x > y -> { x = y; y = x }
  | _ -> r
