module type A = S with type t := int
module type B = S with type 'a t := 'a list
module type C = S with type t := int and type u = t
