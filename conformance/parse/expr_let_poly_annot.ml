let id : 'a. 'a -> 'a = fun x -> x
let pair : 'a 'b. 'a -> 'b -> 'a * 'b = fun a b -> (a, b)
let f : type a. a -> a = fun x -> x
let g : type a b. a -> b -> a = fun x _ -> x
