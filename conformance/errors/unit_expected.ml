let () = 1
