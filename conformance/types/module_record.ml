module P = struct
  type t = { x : int; y : int }
  let origin = { x = 0; y = 0 }
end
let p = { P.x = 1; y = 2 }
let ox = P.origin.P.x
