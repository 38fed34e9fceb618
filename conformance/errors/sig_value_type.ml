module type S = sig val port : int end
module Config : S = struct let port = "8080" end
