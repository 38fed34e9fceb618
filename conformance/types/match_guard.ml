let classify n = match n with x when x < 0 -> `Neg | 0 -> `Zero | _ -> `Pos
