type t = A | B | C
let f = function A | B -> true | C -> false
