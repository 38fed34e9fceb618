type r = { a : int }
let x = { a = "s" }
