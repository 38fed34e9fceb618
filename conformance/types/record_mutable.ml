type counter = { mutable n : int }
let bump c = c.n <- c.n + 1
