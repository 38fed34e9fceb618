let a = [| 1; 2 |]
let get a i = a.(i)
let set a i v = a.(i) <- v
let make = Array.make 3 0.0
