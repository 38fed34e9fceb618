type t = private int
type u = private A | B
type v = private { x : int }
type w = M.t = private A | B
type 'a p = private [> `A ] as 'a
