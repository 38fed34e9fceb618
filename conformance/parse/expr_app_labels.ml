let a = f ~x:1 ~y:2 3
let b = f ~x ~y
let c = f ~x:(1 + 2) ~y:(g z)
let d = f 3 ~x:1
let e = List.map ~f:(fun x -> x) l
let g = f ~x:r.field ~y:a.(0)
