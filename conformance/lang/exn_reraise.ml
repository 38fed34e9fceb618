exception Retry of int

let attempts = ref 0

let flaky () =
  incr attempts;
  if !attempts < 3 then raise (Retry !attempts) else "success after " ^ string_of_int !attempts

let rec with_retry f =
  try f () with
  | Retry n ->
    Printf.printf "retry %d\n" n;
    with_retry f

let logged f =
  try f () with e ->
    Printf.printf "logging %s and re-raising\n" (Printexc.to_string e);
    raise e

let () =
  print_endline (with_retry flaky);
  (try ignore (logged (fun () -> failwith "inner")) with Failure m -> Printf.printf "outer caught %s\n" m);
  (try logged (fun () -> raise_notrace Exit) with Exit -> print_endline "Exit passed through");
  let cleanup = ref false in
  (try
     Fun.protect ~finally:(fun () -> cleanup := true) (fun () -> raise Not_found)
   with Not_found -> Printf.printf "cleanup ran: %b\n" !cleanup);
  match (try Ok (List.find (fun x -> x > 5) [ 1; 2 ]) with e -> Error e) with
  | Ok n -> Printf.printf "found %d\n" n
  | Error e -> Printf.printf "error %s\n" (Printexc.to_string e)
