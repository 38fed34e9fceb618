type p = { x : int; mutable y : int }
let move p = p.y <- p.y + 1; { p with x = p.x + 1 }
let pair = (1, "a", 2.5)
module M = struct let v = [1; 2; 3] end
let first = M.(List.hd v)
