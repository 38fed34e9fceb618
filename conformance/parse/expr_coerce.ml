let a = (x :> t)
let b = (x : t :> u)
let c = (`A :> [ `A | `B ])
let d = ((`A : [ `A ]) :> [ `A | `B ])
