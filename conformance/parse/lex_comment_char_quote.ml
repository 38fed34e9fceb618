(* a lone double-quote char '"' does not open a string *)
let x = 1
(* and apostrophes like don't or 'a are fine *)
let y = 2
