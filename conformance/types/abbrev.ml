type point = int * int
type 'a pair = 'a * 'a
let origin : point = (0, 0)
let dup x : int pair = (x, x)
