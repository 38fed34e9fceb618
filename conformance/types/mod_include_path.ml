module Base = struct let greet n = "hi " ^ n let count = 2 end
module Extended = struct
  include Base
  let shout n = String.uppercase_ascii (greet n)
end
let s = Extended.shout "x"
