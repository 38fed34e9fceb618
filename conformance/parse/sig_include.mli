include S
include module type of List
include S with type t := int
include sig val x : int end
