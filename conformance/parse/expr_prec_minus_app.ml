let a = f -1
let b = f (-1)
let c = f - 1
let d = f x -y
let e = f ~-1
let g = a - -1
let h = a -. -.1.
