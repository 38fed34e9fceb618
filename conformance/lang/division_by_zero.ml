let () = Printf.printf "%d %d %d %d\n" (7 / 2) (-7 / 2) (7 mod -2) (-7 mod 2)
let () = print_int (1 / 0)
