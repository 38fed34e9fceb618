let a = { M.x = 1; y = 2 }
let b = M.{ x = 1; y = 2 }
let c = { M.N.field = 3 }
let d = M.{ r with x = 1 }
