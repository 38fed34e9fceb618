module M : S with type t = int
module N : S with type t = int and type 'a u = 'a list
module O : S with type t := int
module P : S with module X = Y
module Q : S with module X := Y
