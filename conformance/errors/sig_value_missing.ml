module type STORE = sig
  val get : string -> string option
  val set : string -> string -> unit
end
module Store : STORE = struct
  let table = Hashtbl.create 8
  let get k = Hashtbl.find_opt table k
end
