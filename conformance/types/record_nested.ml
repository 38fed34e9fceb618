type inner = { v : int }
type outer = { i : inner; name : string }
let get o = o.i.v
