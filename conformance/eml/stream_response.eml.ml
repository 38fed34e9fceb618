(* Dream is not linked here: like Dream's own templates, the program brings the two
   functions the generated code calls, writing into a Buffer instead of a response. *)
module Dream = struct
  let write response s =
    Buffer.add_string response ("[" ^ s ^ "]");
    Lwt.return_unit

  let html_escape s = String.concat "&lt;" (String.split_on_char '<' s)
end

let render response items =
  %% response
  <ul>
% let%lwt () = Lwt_list.iter_s (fun x ->
    <li><%s x %> (<%i String.length x %>)</li>
%   Lwt.return_unit) items in
  </ul>
  %%

let () =
  let response = Buffer.create 16 in
  Lwt_main.run (render response ["a"; "<b>"]);
  print_string (Buffer.contents response)
