let extend (x : [> `A | `B ]) = x
let default () : [> `Default ] = `Default
let wrap (x : [> `Wrapped of int ]) = [x; `Wrapped 0]
