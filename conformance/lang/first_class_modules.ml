module type DB = sig val name : string val query : int -> int end
module Pg = struct let name = "pg" let query x = x * 2 end
module Lite = struct let name = "lite" let helper = 0 let query x = x + helper + 1 end
let dbs = [ (module Pg : DB); (module Lite : DB) ]
let run (module D : DB) = D.name ^ ":" ^ string_of_int (D.query 10)
let () = List.iter (fun d -> print_endline (run d)) dbs
let () = let module D = (val (List.hd dbs) : DB) in print_endline D.name
module D2 = (val (List.nth dbs 1) : DB)
let () = print_int (D2.query 1); print_newline ()
