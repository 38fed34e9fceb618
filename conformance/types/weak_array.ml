let a = [||]
let b = Array.make 2 []
let c = [| [] |]
