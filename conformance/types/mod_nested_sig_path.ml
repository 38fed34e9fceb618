module Outer = struct
  module type S = sig type t val zero : t end
  module Z : S with type t = int = struct type t = int let zero = 0 end
end
module Mine : Outer.S = struct type t = string let zero = "" end
let z = Outer.Z.zero + 1
