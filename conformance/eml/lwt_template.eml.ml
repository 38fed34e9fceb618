let page name count =
  <p><%s name %> waited <%i count %> time(s)</p>

let handler name =
  let%lwt () = Lwt.pause () in
  let%lwt () = Lwt.pause () in
  Lwt.return (page name 2)

let () =
  let html = Lwt_main.run (handler "lwt & co") in
  print_string html
