let f a ~b ?(c = 1) ?d (e, g) ~h:{ contents } () = a + b + c + e + g + contents
let g = fun x ~y ?z () -> x
