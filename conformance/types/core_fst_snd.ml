let first (a, _) = a
let second (_, b) = b
