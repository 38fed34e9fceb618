let apply f = f `Go
let handler = function `Go -> "going" | `Stop -> "stopped"
let result = apply handler
let compose f g x = g (f x)
let pipeline = compose (fun x -> `Wrap x) (function `Wrap n -> n + 1)
