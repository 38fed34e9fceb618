type dir = [ `North | `South ]
let flip (d : dir) = match d with `North -> `South | `South -> `North | `East -> `West
