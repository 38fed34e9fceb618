module type AGE = sig type t = private int val make : int -> t end
module Age : AGE = struct
  type t = int
  let make n = if n < 0 then 0 else n
end
let years = (Age.make 30 :> int)
