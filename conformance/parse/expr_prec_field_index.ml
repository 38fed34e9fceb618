let a = r.f.g.h
let b = arr.(0).(1)
let c = s.[0]
let d = r.f.(i).[j]
let e = M.r.M.f
let f = x.M.y.(2)
