type 'a t = 'a list as 'a
type 'a u = ([> `A ] as 'a) -> 'a
let f (x : int as 'a) : 'a = x
type 'a v = ('a -> int) as 'a
