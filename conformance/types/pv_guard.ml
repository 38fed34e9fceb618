let sign = function `Num n when n < 0 -> `Negative | `Num 0 -> `Zero | `Num _ -> `Positive
let check x = match x with `Age a when a >= 18 -> "adult" | `Age _ -> "minor"
