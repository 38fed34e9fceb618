let f () =
  let%lwt x = read () in
  let%lwt () = write x in
  Lwt.return x
let g () = let%lwt a = p and b = q in Lwt.return (a + b)
