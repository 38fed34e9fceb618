let a = x |> f |> g
let b = m >>= f >>= g
let c = x $ y
let d = a |> f = b
let e = a @ b |> List.length
let f = x <*> y <$> z
let g = a &> b
