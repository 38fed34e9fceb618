let f () =
  try g () with
  | Failure m when m = "x" -> 1
  | Exit | Not_found -> 2
  | e -> raise e
