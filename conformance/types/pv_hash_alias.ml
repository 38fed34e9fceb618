type small = [ `One | `Two ]
let widen = function #small as s -> s | `Three -> `One
let only = function #small -> "small"
