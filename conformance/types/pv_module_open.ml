module Shapes = struct
  let area = function `Rect (w, h) -> w *. h | `Circle r -> 3.14 *. r *. r
end
let total = List.fold_left (fun acc s -> acc +. Shapes.area s) 0.0 [`Rect (1., 2.); `Circle 1.]
