let f = function 0 -> "a" | 1 -> "b" | 0x10 -> "c" | 1_000 -> "d" | 5L -> "e" | _ -> "z"
