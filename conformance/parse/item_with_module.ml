module type A = S with module M = N
module type B = S with module M := N
module type C = S with module M.X = Y and type t = int
module type D = S with module type T = U
module type E = S with module type T := U
