module L = List
module M = N.O
module type S = M.S
