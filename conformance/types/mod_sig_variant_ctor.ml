module type COLOR = sig type t = Red | Green | Blue val name : t -> string end
module Color : COLOR = struct
  type t = Red | Green | Blue
  let name = function Red -> "red" | Green -> "green" | Blue -> "blue"
end
let n = Color.name Color.Green
