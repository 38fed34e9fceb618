module type A = sig val a : int end
module type B = sig val b : int end
let f (m : (module A)) = m
let g (m : (module B)) = f m
