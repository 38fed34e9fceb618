let (a, b) = 1, 2
let a, b = 1, 2
let x :: _ = [ 1 ]
let { contents } = ref 1
let (Some y | Some y) = Some 1
let (lazy z) = lazy 1
