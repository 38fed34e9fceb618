let a = let x = 1 and y = 2 in { x; y }
let b = { x; y = 3 }
let c = { r with x }
let d = { M.x; M.y }
