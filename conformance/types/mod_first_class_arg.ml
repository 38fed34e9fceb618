module type COUNTER = sig val incr : unit -> int end
let make () =
  (module struct
    let c = ref 0
    let incr () = incr c; !c
  end : COUNTER)
let use (c : (module COUNTER)) = let module C = (val c) in C.incr () + C.incr ()
let total = use (make ())
