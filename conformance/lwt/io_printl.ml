let () =
  Lwt_main.run (
    let%lwt () = Lwt_io.printl "line" in
    let%lwt () = Lwt_io.print "no newline" in
    let%lwt () = Lwt_io.printf "%d-%s\n" 5 "x" in
    let%lwt () = Lwt_io.write_line Lwt_io.stdout "written" in
    let%lwt () = Lwt_io.write Lwt_io.stdout "w2\n" in
    let%lwt () = Lwt_io.eprintl "to stderr" in
    let%lwt () = Lwt_io.eprintf "err %d\n" 2 in
    let%lwt () = Lwt_io.fprintf Lwt_io.stdout "fprintf %s\n" "ok" in
    let%lwt () = Lwt_io.write_char Lwt_io.stdout 'c' in
    Lwt_io.flush Lwt_io.stdout)
