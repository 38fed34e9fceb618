type state = [ `Idle | `Running of int | `Done ]
let step : state -> state = function
  | `Idle -> `Running 0
  | `Running n when n >= 3 -> `Done
  | `Running n -> `Running (n + 1)
  | `Done -> `Done
let rec run s n = if n = 0 then s else run (step s) (n - 1)
let final = run `Idle 10
