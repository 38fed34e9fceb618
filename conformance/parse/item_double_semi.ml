let x = 1;;
let y = 2;;;;
;;
type t = int;;
