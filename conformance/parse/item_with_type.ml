module type A = S with type t = int
module type B = S with type t = int and type u = string
module type C = S with type 'a t = 'a list
module type D = S with type M.t = int
module type E = S with type t = private int
