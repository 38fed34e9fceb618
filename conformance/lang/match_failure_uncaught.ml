type dir = North | South | East | West

let turn d =
  match d with
  | North -> East
  | East -> South
  | South -> West

let name = function North -> "N" | South -> "S" | East -> "E" | West -> "W"

let () =
  let d = ref North in
  for _ = 1 to 5 do
    print_endline (name !d);
    d := turn !d
  done
