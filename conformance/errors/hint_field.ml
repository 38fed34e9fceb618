type r = { name : string }
let f r = r.nme
