(* A module alias to Fun links Fun, which links Printexc: uncaught exceptions are printed by
   Printexc, strings escaped *)
module F = Fun
let always = F.const 7
let () =
  Printf.printf "%d\n" (always "ignored");
  failwith "said \"no\"\tthen left"
