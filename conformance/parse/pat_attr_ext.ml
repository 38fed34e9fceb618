let f = function (x [@attr]) -> x
let g = function [%p] -> 0 | _ -> 1
