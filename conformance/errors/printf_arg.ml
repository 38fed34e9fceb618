let () = Printf.printf "%d\n" "s"
