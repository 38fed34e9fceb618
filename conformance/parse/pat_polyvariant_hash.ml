type t = [ `A | `B ]
let f = function
  | #t -> "t"
  | #M.u as u -> "u"
  | `C -> "c"
