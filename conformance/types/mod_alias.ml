module Long_module_name = struct let value = 42 let name = "long" end
module L = Long_module_name
let v = L.value
