type ('a, 'e) outcome = [ `Success of 'a | `Failure of 'e ]
let succeed x : ('a, 'e) outcome = `Success x
let bind (r : ('a, 'e) outcome) f : ('b, 'e) outcome = match r with `Success v -> f v | `Failure e -> `Failure e
