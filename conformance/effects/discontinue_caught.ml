(* discontinue raises the exception at the perform site, inside the
   continuation: the computation can catch it and go on (even performing
   again), and Fun.protect's finally runs when it does not. *)
open Effect
open Effect.Deep

type _ Effect.t += Read : string -> int Effect.t
exception Missing of string

let env = [("x", 1); ("y", 2)]

let h : int effect_handler =
  { effc = (fun (type a) (eff : a Effect.t) ->
      match eff with
      | Read name -> Some (fun (k : (a, int) continuation) ->
          match List.assoc_opt name env with
          | Some v -> Printf.printf "  handler: %s = %d\n" name v; continue k v
          | None -> Printf.printf "  handler: discontinue for %s\n" name; discontinue k (Missing name))
      | _ -> None) }

let lookup name =
  try perform (Read name)
  with Missing n -> Printf.printf "  comp: %s missing, using 0\n" n; 0

let comp () =
  let x = lookup "x" in
  let z = lookup "z" in
  let y = lookup "y" in
  Printf.printf "  comp: x=%d z=%d y=%d\n" x z y;
  x + y + z

let () =
  print_endline "caught at the perform site:";
  Printf.printf "result %d\n" (try_with comp () h);
  print_endline "performing again from the exception handler:";
  let r2 = try_with (fun () ->
      let a = try perform (Read "q") with Missing _ -> perform (Read "x") + 100 in
      a * 2) () h in
  Printf.printf "result %d\n" r2;
  print_endline "not caught, with a finally:";
  (try
     let r3 = try_with (fun () ->
         Fun.protect ~finally:(fun () -> print_endline "  finally runs")
           (fun () -> perform (Read "w") + 1)) () h in
     Printf.printf "result %d\n" r3
   with Missing n -> Printf.printf "escaped Missing %s\n" n)
