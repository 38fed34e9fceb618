let f = function (x : int) -> x
let g ((x, y) : int * int) = x + y
let h = function (Some (x : string) : string option) -> x | None -> ""
