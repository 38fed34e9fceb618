type _ t = I : int -> int t | B : bool -> bool t
let rec eval : type a. a t -> a = function I n -> n | B b -> b
