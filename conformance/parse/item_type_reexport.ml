type t = M.t = A | B
type u = N.u = { x : int; y : int }
type 'a v = 'a M.v = Leaf | Node of 'a
type w = M.w = ..
