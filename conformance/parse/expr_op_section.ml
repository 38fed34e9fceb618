let a = ( + )
let b = ( * )
let c = ( mod )
let d = M.( + )
let e = ( - ) 1 2
let f = List.fold_left ( + ) 0
let g = ( ** )
let h = ( := )
let i = ( @@ )
let j = ( ! )
let k = ( land )
let m = ( or )
