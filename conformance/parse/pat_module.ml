let f (module M : S) = M.x
let g = function (module M) -> ()
let h (module M : S with type t = int) = M.v
let i (module _ : S) = 0
