let f = function (0, _) -> "zero" | (_, 0) -> "zero2" | _ -> "other"
