type r = { a : int; b : int; c : int }
let x = { a = 1 }
