let r = ref 0
let () = r := !r + 1
let () = incr r; decr r
let x = !r
let () = (f ()) := 2
