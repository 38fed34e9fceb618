let l = lazy []
let s = Some (ref [])
