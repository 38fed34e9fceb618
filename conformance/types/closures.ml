let adder n = fun x -> x + n
let add5 = adder 5
