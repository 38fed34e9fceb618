(* Atomic: one domain, so plain references. *)
type 'a t = { mutable v : 'a }
let make v = { v }
let get r = r.v
let set r v = r.v <- v
let exchange r v = let old = r.v in r.v <- v; old
let compare_and_set r seen v = if r.v == seen then begin r.v <- v; true end else false
let fetch_and_add r n = let old = r.v in r.v <- old + n; old
let incr r = r.v <- r.v + 1
let decr r = r.v <- r.v - 1
