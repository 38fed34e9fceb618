(* Callback: there is no C code to call back from. *)
let register _ _ = ()
let register_exception _ _ = ()
