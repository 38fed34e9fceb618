let wrong =
  let module F (X : sig val x : int end) = struct let y = X.x + 1 end in
  let module M = F (struct let x = 41 end) in
  M.y ^ "s"
