module Status = struct
  type t = [ `Active | `Closed ]
  let label : t -> string = function `Active -> "active" | `Closed -> "closed"
end
let () = print_endline (Status.label `Deleted)
