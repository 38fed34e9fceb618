let f x = let open Printf in sprintf "%d" x
let g x = Printf.(sprintf "%d" x)
let h = fun x -> let open! List in rev x
