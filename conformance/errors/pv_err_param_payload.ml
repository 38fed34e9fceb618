type 'a resp = [ `Ok of 'a | `Err of string ]
let get (r : int resp) = match r with `Ok n -> n | `Err _ -> 0
let _ = get (`Ok "five")
