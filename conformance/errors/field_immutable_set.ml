type p = { name : string }
let rename p = p.name <- "x"
