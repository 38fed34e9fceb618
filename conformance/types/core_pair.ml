let pair x y = (x, y)
let swap (a, b) = (b, a)
