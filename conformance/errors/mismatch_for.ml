let () = for i = "a" to 3 do () done
