let () = assert (1 = 2)
