module Shape = struct
  type t = Circle of float | Square of float
  let area = function Circle r -> 3.14 *. r *. r | Square s -> s *. s
end
module type SHAPE = module type of Shape
