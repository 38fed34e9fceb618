module M = struct
  let x = 1
  let f y = y + x
end
let z = M.f 2
