module type INTF = sig val f : int -> int end
module Impl : INTF = struct let f x = x end
let y = Impl.f 3
