module type PLUGIN = sig val name : string val run : int -> int end
module Double = struct let name = "double" let run x = x * 2 end
module Square = struct let name = "square" let run x = x * x end
let plugins : (module PLUGIN) list = [ (module Double); (module Square) ]
let names = List.map (fun (module P : PLUGIN) -> P.name) plugins
let results = List.map (fun p -> let module P = (val p : PLUGIN) in P.run 3) plugins
