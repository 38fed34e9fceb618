let f (g : int -> int) = g 1
let y = f "x"
