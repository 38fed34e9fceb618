let unwrap (`Box v) = v
let `Pair (a, b) = `Pair (1, "one")
