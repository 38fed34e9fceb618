let add a b = a + b
let inc = add 1
