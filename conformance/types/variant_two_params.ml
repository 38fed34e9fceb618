type ('a, 'b) either = L of 'a | R of 'b
let swap = function L a -> R a | R b -> L b
