open! struct
  let helper x = x + 1
end
let y = helper 1
