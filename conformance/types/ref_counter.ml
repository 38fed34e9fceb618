let make () = let c = ref 0 in fun () -> incr c; !c
