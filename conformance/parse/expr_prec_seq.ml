let f () = a; b; c
let g () = (a; b), c
let h () = x := 1; y := 2
let i () = let x = 1 in a; b
let j () = match x with _ -> a; b
