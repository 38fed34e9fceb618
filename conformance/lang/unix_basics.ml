(* The Unix library's clock, calendar, errors and their printing. *)
let show tm =
  Printf.printf "%04d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d dst=%b\n" (tm.Unix.tm_year + 1900)
    (tm.Unix.tm_mon + 1) tm.Unix.tm_mday tm.Unix.tm_hour tm.Unix.tm_min tm.Unix.tm_sec tm.Unix.tm_wday
    tm.Unix.tm_yday tm.Unix.tm_isdst

let () =
  List.iter (fun t -> show (Unix.gmtime t)) [0.; 86399.9; 951782400.; 1700000000.; -86400.];
  let t0 = Unix.gettimeofday () in
  Unix.sleepf 0.02;
  Printf.printf "slept: %b\n" (Unix.gettimeofday () -. t0 >= 0.015);
  Printf.printf "time is whole: %b\n" (Float.is_integer (Unix.time ()));
  Printf.printf "pid: %b\n" (Unix.getpid () > 0);
  List.iter (fun e -> print_endline (Unix.error_message e)) [Unix.ENOENT; Unix.EACCES; Unix.ECONNREFUSED; Unix.EUNKNOWNERR 9999];
  print_endline (Printexc.to_string (Unix.Unix_error (Unix.EEXIST, "mkdir", "/tmp/x")));
  (try Unix.sleep (-1) with Unix.Unix_error (e, f, _) -> Printf.printf "%s: %s\n" f (Unix.error_message e));
  print_endline (Printexc.to_string (Unix.Unix_error (Unix.EUNKNOWNERR 7, "f", "")))
