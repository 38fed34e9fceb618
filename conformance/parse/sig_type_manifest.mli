type t = int
type u = A | B of int
type r = { x : int; mutable y : string }
type 'a p = 'a M.p = None | Some of 'a
type q = private int
type e = ..
