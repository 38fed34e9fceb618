let p = Printf.printf "%d %s\n"
let s = Printf.sprintf "%f"
let q () = Printf.printf "hello\n"
