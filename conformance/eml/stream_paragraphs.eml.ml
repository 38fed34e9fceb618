module Dream = struct
  let write () s =
    print_string s;
    print_string "|";
    Lwt.return_unit

  let html_escape s = s
end

let render response =
  %% response
  <html>
  <body>

%   let rec paragraph index =
%     if index = 3 then Lwt.return_unit else
  <p><%i index %></p>
%     let%lwt () = Lwt.pause () in
%     paragraph (index + 1)
%   in
%   let%lwt () = paragraph 0 in

  </body>
  </html>
  %%

let () = Lwt_main.run (render ())
