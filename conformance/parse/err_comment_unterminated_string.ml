(* a comment with " an unterminated string *)
let x = 1
