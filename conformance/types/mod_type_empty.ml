module type EMPTY = sig end
module E : EMPTY = struct let hidden = 1 end
let x = 1
