module type DB = sig val query : string -> string list end
let db = (module struct let query q = [q] end : DB)
let run q =
  let (module D : DB) = db in
  D.query q
