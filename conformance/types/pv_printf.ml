let show = function `I n -> Printf.sprintf "%d" n | `F f -> Printf.sprintf "%.2f" f | `S s -> s
let items = List.map show [`I 1; `F 2.5; `S "x"]
