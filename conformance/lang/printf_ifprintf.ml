let verbose = false
let debug fmt = if verbose then Printf.printf fmt else Printf.ifprintf stdout fmt

let calls = ref 0
let side () = incr calls; "side"

let () =
  debug "this is not printed %d %s\n" 1 "x";
  debug "nor this %f\n" 2.0;
  Printf.ifprintf stdout "%s\n" (side ());
  Printf.printf "arguments are still evaluated: %d\n" !calls;
  Printf.ifprintf () "%d %d %d" 1 2 3;
  Printf.printf "after ifprintf\n";
  let b = Buffer.create 4 in
  Printf.ifprintf b "%s" "nothing";
  Printf.printf "buffer length %d\n" (Buffer.length b);
  let r = Printf.ikfprintf (fun _ -> 42) stdout "%d %s" 1 "a" in
  Printf.printf "ikfprintf returned %d\n" r
