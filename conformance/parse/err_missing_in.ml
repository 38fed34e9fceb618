let f () =
  let x = 1
  print_int x;;
let y = let z = 2
