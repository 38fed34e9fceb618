let f x = match x with Some y -> y + 1 | None -> "none"
