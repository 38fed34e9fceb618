let f = function -1 -> "neg" | - 2 -> "neg2" | -0x3 -> "hex" | -1.5 -> "f" | _ -> ""
let g = function (-1, -2) -> 0 | _ -> 1
