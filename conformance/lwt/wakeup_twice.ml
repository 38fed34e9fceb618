let () =
  let _, r = Lwt.wait () in
  Lwt.wakeup r 1;
  try Lwt.wakeup r 2 with Invalid_argument s -> print_endline ("Invalid_argument: " ^ s)
