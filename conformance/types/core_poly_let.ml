let f () = let id x = x in (id 1, id "a")
