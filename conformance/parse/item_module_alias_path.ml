module L = List
module N = M.N.O
module type S = M.S
