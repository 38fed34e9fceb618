module A = struct type t = int list let empty : t = [] end
include A
let one : t = [1]
