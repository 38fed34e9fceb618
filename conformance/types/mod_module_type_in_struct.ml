module Api = struct
  module type HANDLER = sig val handle : string -> string end
  module Echo : HANDLER = struct let handle s = s end
end
module Upper : Api.HANDLER = struct let handle = String.uppercase_ascii end
let r = Upper.handle (Api.Echo.handle "x")
