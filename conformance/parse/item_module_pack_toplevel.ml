let m = (module M : S)
let l = [ (module A : S); (module B : S) ]
let f (module X : S) = X.x
let g = (module M : S with type t = int and type u = string)
