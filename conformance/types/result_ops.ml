let ok = Ok 1
let safe_div a b = if b = 0 then Error "div" else Ok (a / b)
