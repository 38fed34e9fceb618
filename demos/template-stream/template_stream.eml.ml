(* Dream's w-template-stream example: a streamed eml template (%% response) that writes one
   more numbered paragraph every second, flushed each time; the response never ends. *)

let render response =
  %% response
  <html>
  <body>

%   let rec paragraph index =
      <p><%i index %></p>
%     let%lwt () = Dream.flush response in
%     let%lwt () = Lwt_unix.sleep 1. in
%     paragraph (index + 1)
%   in
%   let%lwt () = paragraph 0 in

  </body>
  </html>

let () =
  Dream.run
  @@ Dream.logger
  @@ fun _ -> Dream.stream ~headers:["Content-Type", Dream.text_html] render
