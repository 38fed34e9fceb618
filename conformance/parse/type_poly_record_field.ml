type t = { f : 'a. 'a -> 'a }
type u = { g : 'a 'b. 'a -> 'b -> 'a; h : int }
type v = { mutable m : 'a. 'a list -> int }
