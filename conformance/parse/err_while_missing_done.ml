let () = while true do ()
let x = 1
