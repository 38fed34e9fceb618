type 'a t = E | N of 'a t * 'a * 'a t
let rec fold f acc = function E -> acc | N (l, x, r) -> fold f (f (fold f acc l) x) r
