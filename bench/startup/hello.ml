(* Start-up: the whole run of a program that only prints. *)
let () = print_endline "Hello, world!"
