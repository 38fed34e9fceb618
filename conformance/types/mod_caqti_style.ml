module type CONNECTION = sig
  val exec : string -> unit -> (unit, string) result
  val find_opt : string -> int -> (string option, string) result
end
module Sqlite : CONNECTION = struct
  let exec _ () = Ok ()
  let find_opt q id = if id > 0 then Ok (Some q) else Ok None
end
type connection = (module CONNECTION)
let with_db (f : connection -> 'a) = f (module Sqlite)
let lookup id = with_db (fun (module Db : CONNECTION) -> Db.find_opt "select" id)
let init () = with_db (fun (module Db) -> Db.exec "create" ())
