let toggle (x : [< `On | `Off ]) = match x with `On -> `Off | `Off -> `On
let _ = toggle (`On 3)
