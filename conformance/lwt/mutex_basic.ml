let () =
  let m = Lwt_mutex.create () in
  Printf.printf "locked %b\n" (Lwt_mutex.is_locked m);
  let worker name =
    Lwt_mutex.with_lock m (fun () ->
      Printf.printf "%s in\n" name;
      let%lwt () = Lwt.pause () in
      Printf.printf "%s out\n" name;
      Lwt.return ()) in
  Lwt_main.run (Lwt.join [worker "a"; worker "b"; worker "c"]);
  Printf.printf "locked %b\n" (Lwt_mutex.is_locked m)
