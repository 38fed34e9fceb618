let f = function
  | Some g -> (function 0 -> g | n -> n)
  | None -> fun x -> x
