let level = function `Low -> 1 | `High -> 2
let () = Printf.printf "%d\n" (level `Medium)
