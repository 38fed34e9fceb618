let a = if c then 1 else 2 + 3
let b = (if c then 1 else 2) + 3
let c = if a then b else if c then d else e
let d = if c then r := 1 else r := 2
let e = if c then 1, 2 else 3, 4
