let () = while 1 do () done
