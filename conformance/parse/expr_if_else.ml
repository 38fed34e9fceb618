let a = if x then 1 else 2
let b = if x > 0 then "pos" else if x < 0 then "neg" else "zero"
let c = if x then begin print_string "a"; 1 end else 2
