(* quoted strings in comments: {| *) |} and {id| *) |id} *)
let x = 1
