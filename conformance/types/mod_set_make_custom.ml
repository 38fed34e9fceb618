let sorted l =
  let module S = Set.Make (struct type t = int let compare a b = compare b a end) in
  S.elements (S.of_list l)
