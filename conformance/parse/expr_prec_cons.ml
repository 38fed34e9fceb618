let a = 1 :: 2 :: []
let b = x + 1 :: xs
let c = a :: b :: c @ d
let d = (1 :: []) :: []
let e = f x :: g y
