let scale = function `Int n -> n * 2 | `Float f -> int_of_float f
let _ = scale (`Int "3")
