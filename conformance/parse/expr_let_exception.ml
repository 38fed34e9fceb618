let f () =
  let exception Found of int in
  try raise (Found 1) with Found n -> n
let g () = let exception E in E
