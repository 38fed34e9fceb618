let ( let* ) = Option.bind
let ( and* ) a b = match a, b with Some x, Some y -> Some (x, y) | _ -> None
let x =
  let* a = Some 1
  and* b = Some 2 in
  Some (a + b)
