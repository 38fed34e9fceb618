let a = { x : int = 1; y : string = "s" }
let b = { x : int; y }
let c = { r with x : int = 2 }
