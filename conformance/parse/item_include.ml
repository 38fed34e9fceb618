include List
include struct let x = 1 end
include M.N
include Make (X)
include (M : S)
