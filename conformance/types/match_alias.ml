let f = function (x :: _) as l -> (x, l) | [] -> failwith "empty"
