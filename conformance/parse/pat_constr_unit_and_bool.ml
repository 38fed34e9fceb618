let f = function
  | () -> 0
let g = function true -> 1 | false -> 0
let h = function [] -> 0 | (::) (x, _) -> x
