let id x = x
let f = id id
let g = List.map id
