let f = function Some x y -> x | None -> 0
