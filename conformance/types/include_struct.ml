module A = struct let a = 1 end
include A
let b = a + 1
