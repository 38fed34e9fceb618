let a = { x = 1; y = 2 }
let b = { x = 1; y = 2; }
let c = { name = "n"; age = 3 + 4; tags = [] }
let d = { contents = 0 }
