let a =
  let* x = f 1
  and* y = g 2
  and* z = h 3 in
  return (x + y + z)
let b = let+ x = p and+ y = q in (x, y)
