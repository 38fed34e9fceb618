let size = function `Box n -> n | `Box -> 0
