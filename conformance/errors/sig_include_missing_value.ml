module type BASE = sig val name : string end
module type FULL = sig include BASE val version : int end
module M : FULL = struct let version = 1 end
