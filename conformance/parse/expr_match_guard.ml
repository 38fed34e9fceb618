let f x =
  match x with
  | Some n when n > 0 -> n
  | Some n when n < 0 -> - n
  | Some _ | None -> 0
