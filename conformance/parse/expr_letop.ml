let a =
  let* x = f 1 in
  let* y = g x in
  return (x + y)
let b = let+ x = f 1 in x + 1
