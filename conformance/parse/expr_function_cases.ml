let a = function 0 -> "zero" | 1 -> "one" | _ -> "many"
let b = function
  | Some x -> x
  | None -> 0
let c = function | [] -> true | _ :: _ -> false
