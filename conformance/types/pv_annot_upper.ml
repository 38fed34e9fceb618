let only_ab (x : [< `A | `B ]) = match x with `A -> 1 | `B -> 2
let bounded (x : [< `A | `B | `C > `A ]) = x
let id_upper (x : [< `X | `Y ]) = x
