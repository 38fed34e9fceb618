let a = x :: l @ m |> f && g || h, i
let b = 1 + 2 * 3 - 4 / 5 mod 6
let c = - 2 ** 2.
let d = !r.f.(0) + ~- 1
let e = if a < b then a :: [] else b :: [] @ []
