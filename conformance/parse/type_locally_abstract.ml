let f : type a. a -> a = fun x -> x
let rec g : type a b. a -> b -> a = fun x _ -> x
let h (type t) (x : t) : t = x
