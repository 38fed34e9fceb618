let s = Printf.sprintf "%s" 1
