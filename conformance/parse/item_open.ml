open List
open! String
open M.N
open Make (X)
open struct let helper = 1 end
