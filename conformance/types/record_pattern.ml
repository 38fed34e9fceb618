type p = { x : int; y : int }
let sum { x; y } = x + y
let fx { x; _ } = x
