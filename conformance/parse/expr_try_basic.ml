let a = try f () with Not_found -> 0
let b =
  try int_of_string s with
  | Failure _ -> 0
  | Invalid_argument msg -> String.length msg
let c = try f () with _ -> 1
