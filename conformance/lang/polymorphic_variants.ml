let describe = function `Red -> "red" | `Green -> "green" | `Rgb (r, g, b) -> Printf.sprintf "rgb(%d,%d,%d)" r g b
let () = List.iter (fun c -> print_endline (describe c)) [`Red; `Rgb (1, 2, 3); `Green]
let f x = match x with `A n when n > 0 -> n | `A _ -> 0 | `B -> -1
let () = Printf.printf "%d %d %d\n" (f (`A 5)) (f (`A (-1))) (f `B)
