module Status = struct
  type t = [ `Active | `Inactive | `Banned of string ]
  let to_string : t -> string = function
    | `Active -> "active"
    | `Inactive -> "inactive"
    | `Banned why -> "banned: " ^ why
  let default : t = `Active
end
let s = Status.to_string `Inactive
let d = Status.default
