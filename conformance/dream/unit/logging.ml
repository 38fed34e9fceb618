(* Log levels, sub-logs and formats, without a server. *)

let app = Dream.sub_log "my.application.component"
let quiet = Dream.sub_log ~level:`Error "quiet"

let () =
  Dream.log "plain %s %i %.2f" "text" 42 3.14159;
  Dream.log "no arguments, 100%%";
  Dream.error (fun log -> log "error %S" "quoted");
  Dream.warning (fun log -> log "warning");
  Dream.info (fun log -> log "info %c" 'x');
  Dream.debug (fun log -> log "debug is off by default");
  app.Dream.info (fun log -> log "a long source name keeps its last 15 characters");
  quiet.Dream.warning (fun log -> log "not shown: below the level");
  quiet.Dream.error (fun log -> log "shown");
  Dream.set_log_level "quiet" `Debug;
  quiet.Dream.debug (fun log -> log "shown after set_log_level");
  let request = Dream.request ~target:"/x" "" in
  let handler = Dream.logger (fun request ->
    Dream.info (fun log -> log ~request "inside, with ~request %i" 1);
    Dream.info (fun log -> log "inside, tagged from the handler's context");
    Dream.empty `See_Other) in
  let response = Dream.test handler request in
  print_endline (Dream.status_to_string (Dream.status response));
  Dream.info (fun log -> log ~request "after, the request still has its id");
  let skipped = ref true in
  Dream.debug (fun _ -> skipped := false);
  print_endline (if !skipped then "debug callback not run" else "debug callback run")
