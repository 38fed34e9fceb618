module L = List
module S = String
let n = L.length [1; 2]
let u = S.uppercase_ascii "a"
