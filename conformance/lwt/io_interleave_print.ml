let () =
  print_string "stdlib ";
  Lwt_main.run (Lwt_io.printl "lwt");
  print_endline "stdlib again";
  Lwt_main.run (Lwt_io.printf "%s %s\n" "a" "b")
