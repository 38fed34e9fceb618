open Lwt.Syntax
let () =
  Lwt_main.run (
    let* a = Lwt.return 1 in
    let* b = Lwt.return 2
    and* c = Lwt.return 3 in
    let+ d = Lwt.return (a + b + c)
    and+ e = Lwt.return 10 in
    Printf.printf "%d\n" (d + e))
