let both a b = match a, b with Some x, Some y -> Some (x, y) | _ -> None
