let () =
  let m = Lwt_mutex.create () in
  let c = Lwt_condition.create () in
  let ready = ref false in
  let consumer =
    Lwt_mutex.with_lock m (fun () ->
      let rec loop () =
        if !ready then Lwt.return () else Lwt.bind (Lwt_condition.wait ~mutex:m c) loop in
      let%lwt () = loop () in
      Printf.printf "consumer sees ready, locked %b\n" (Lwt_mutex.is_locked m);
      Lwt.return ()) in
  let producer =
    let%lwt () = Lwt.pause () in
    Lwt_mutex.with_lock m (fun () ->
      ready := true;
      print_endline "producer signals";
      Lwt_condition.signal c ();
      Lwt.return ()) in
  Lwt_main.run (Lwt.join [consumer; producer]);
  print_endline "end"
