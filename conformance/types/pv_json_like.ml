let rec to_string = function
  | `Null -> "null"
  | `Bool b -> string_of_bool b
  | `Int i -> string_of_int i
  | `List l -> "[" ^ String.concat "," (List.map to_string l) ^ "]"
let doc = `List [`Int 1; `Bool true; `Null]
let s = to_string doc
