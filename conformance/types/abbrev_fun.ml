type handler = string -> unit
let h : handler = print_endline
