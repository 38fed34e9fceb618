(* Fun.protect depends on Printexc, so using it changes how uncaught exceptions print *)
let with_log name f =
  Fun.protect
    ~finally:(fun () -> Printf.printf "finally %s\n" name)
    (fun () -> Printf.printf "start %s\n" name; f ())

let () =
  with_log "first" (fun () -> print_endline "fine");
  let r = with_log "second" (fun () -> 21 * 2) in
  Printf.printf "result %d\n" r;
  with_log "third" (fun () -> failwith "message with \"quotes\"\tand a tab")
