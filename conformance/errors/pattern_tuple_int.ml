let f = function (a, b) -> a | 0 -> 1
