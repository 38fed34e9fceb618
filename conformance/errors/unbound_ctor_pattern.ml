let f = function Nope -> 0
