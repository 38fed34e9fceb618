let a = fun { x; y } -> x + y
let b { x = px; y = _ } = px
let c { M.x; _ } = x
