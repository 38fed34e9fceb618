let is_red = function `Red -> true | _ -> false
let weight = function `Heavy w -> w | `Light -> 0 | _ -> 1
