[%%ext]
[%%ext let x = 1]
let%ext y = 2
module%ext M = struct end
type%ext t = int
external%ext f : int -> int = "f"
open%ext M
