let handle (cmd : [ `Start | `Stop ]) = match cmd with `Start -> "go" | `Stop -> "halt"
let () = print_endline (handle `Pause)
