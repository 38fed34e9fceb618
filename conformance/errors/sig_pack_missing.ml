module type PLUGIN = sig val name : string val init : unit -> unit end
module P = struct let name = "p" end
let plugin = (module P : PLUGIN)
