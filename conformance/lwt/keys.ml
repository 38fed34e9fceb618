let k : int Lwt.key = Lwt.new_key ()
let () =
  let show () = match Lwt.get k with Some n -> Printf.printf "key %d\n" n | None -> print_endline "no key" in
  show ();
  Lwt.with_value k (Some 1) (fun () ->
    show ();
    let p, r = Lwt.wait () in
    ignore (Lwt.map (fun () -> show ()) p);
    Lwt.with_value k (Some 2) (fun () -> show (); Lwt.wakeup r ()));
  show ()
