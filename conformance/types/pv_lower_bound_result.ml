let status code = if code = 200 then `OK else if code = 404 then `Not_Found else `Other code
let message = function `OK -> "ok" | `Not_Found -> "missing" | `Other n -> string_of_int n
let m = message (status 200)
