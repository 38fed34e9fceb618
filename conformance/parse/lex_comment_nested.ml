(* outer (* inner (* innermost *) *) still outer *)
let x = 1 (* trailing *)
(**)
(* *)
let y = (* between *) 2
