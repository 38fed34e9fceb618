let f = function x + 1 -> x
