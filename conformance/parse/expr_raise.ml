let f () = raise Not_found
let g () = raise (Failure "x")
let h () = failwith "msg"
let i () = raise @@ Invalid_argument "arg"
