let rec even n = n = 0 || odd (n - 1)
and odd n = n <> 0 && even (n - 1)
let f = let rec loop i = if i > 0 then loop (i - 1) in loop
let rec g x = h x and h x = g x
