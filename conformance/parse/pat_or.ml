let f = function
  | 0 | 1 | 2 -> "small"
  | (3 | 4) -> "mid"
  | Some (1 | 2) | None -> "x"
  | _ -> "big"
