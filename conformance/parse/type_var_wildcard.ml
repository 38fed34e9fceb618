type 'a a = 'a list
type b = _ list
type ('a, 'b) c = 'a -> 'b
type d = (_, int) result
let f (x : 'a) (y : _) = x
