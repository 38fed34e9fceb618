type color = Red | Green
let c = Gren
