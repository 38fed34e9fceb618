let id : 'a. 'a -> 'a = fun x -> x
let f : 'a. 'a list -> int = List.length
let rec g : 'a 'b. 'a -> 'b -> 'a = fun x y -> x
and h : 'c. 'c -> 'c = fun x -> x
