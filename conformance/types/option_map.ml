let f = Option.map (fun x -> x + 1)
let g = Option.value ~default:0
