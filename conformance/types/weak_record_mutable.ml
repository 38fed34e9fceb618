type 'a box = { mutable item : 'a option }
let b = { item = None }
type 'a frozen = { it : 'a option }
let f = { it = None }
