module type HANDLER = sig val handle : string -> string end
let h = (module struct let handle n = n + 1 end : HANDLER)
