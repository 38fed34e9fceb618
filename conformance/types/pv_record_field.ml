type shape = { kind : [ `Circle | `Square ]; size : float }
let area s = match s.kind with `Circle -> 3.14 *. s.size *. s.size | `Square -> s.size *. s.size
let unit_circle = { kind = `Circle; size = 1.0 }
