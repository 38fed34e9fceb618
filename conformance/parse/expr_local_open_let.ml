let a = let open List in length [ 1 ]
let b = let open! String in length "s"
let c = let open M.N in x
let d = let open Make (X) in y
