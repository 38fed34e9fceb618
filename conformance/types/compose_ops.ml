let ( >> ) f g x = g (f x)
let inc_then_double = (fun x -> x + 1) >> (fun x -> x * 2)
