(* a string in a comment: "*)" is not a terminator *)
let x = 1
(* an escaped quote "\"*)" stays in the string *)
let y = 2
