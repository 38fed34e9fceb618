type color = Red | Green | Blue
let to_int = function Red -> 0 | Green -> 1 | Blue -> 2
