module type S = sig
  include module type of List
  include T with type t := int
end
