let a = 1, 2
let b = (1, 2)
let c = ((1, 2), (3, 4))
let d = (1, "a", 'c', 2.0, [])
let e = fst (1, 2)
