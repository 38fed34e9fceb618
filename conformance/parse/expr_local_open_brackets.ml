let a = M.[ 1; 2 ]
let b = M.[| 1; 2 |]
let c = M.{ x = 1 }
let d = M.[]
let e = M.[||]
let f = M.N.[ x ]
