type 'a nested = Flat of 'a | Nest of 'a list nested
let rec depth : 'a. 'a nested -> int = function Flat _ -> 0 | Nest n -> 1 + depth n
let rec count : 'a. ('a -> int) -> 'a nested -> int =
  fun f -> function Flat x -> f x | Nest n -> count (List.fold_left (fun acc x -> acc + f x) 0) n
let total = count (fun x -> x) (Nest (Flat [ 1; 2 ]))
