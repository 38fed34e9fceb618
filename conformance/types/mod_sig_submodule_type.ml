module type S = sig module type T = sig val v : int end module M : T end
module Impl : S = struct
  module type T = sig val v : int end
  module M = struct let v = 1 end
end
let v = Impl.M.v
