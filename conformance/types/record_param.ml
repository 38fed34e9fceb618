type 'a box = { contents : 'a; label : string }
let get b = b.contents
