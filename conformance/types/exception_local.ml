let f () = let exception Local of int in try raise (Local 1) with Local n -> n
