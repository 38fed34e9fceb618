module type S = sig val v : int end
let f () =
  let module M = struct let v = 7 end in
  let module N = (M : S) in
  N.v
