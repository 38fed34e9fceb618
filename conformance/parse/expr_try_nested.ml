let f () =
  try
    try g () with Not_found -> 1
  with Exit -> 2
let h () = try (try g () with Not_found -> 1) with Exit -> 2
