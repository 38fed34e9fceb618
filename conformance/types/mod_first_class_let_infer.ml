module type DB = sig val query : string -> string list end
let db = (module struct let query q = [q] end : DB)
let run q =
  let (module D) = db in
  D.query q
let both = let (module A) = db and b = 1 in (A.query "x", b)
