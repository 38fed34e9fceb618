type small = [ `A | `B ]
type big = [ `A | `B | `C ]
let up (x : small) = (x :> big)
let up2 x = (x : small :> big)
let l : big list = [up `A; `C]
