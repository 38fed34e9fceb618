module type CONNECTION = sig val exec : string -> unit end
module type LOGGER = sig val log : string -> unit end
let run (db : (module CONNECTION)) = let module Db = (val db) in Db.exec "x"
let r = run (module struct let log = print_endline end : LOGGER)
