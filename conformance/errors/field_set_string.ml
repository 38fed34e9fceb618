type r = { mutable n : int }
let f r = r.n <- "s"
