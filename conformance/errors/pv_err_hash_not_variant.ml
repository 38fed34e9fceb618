type id = int
let f x = match x with #id -> true
