let show x y = Printf.sprintf "(%d, %d)" x y
