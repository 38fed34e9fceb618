let render items =
  <ul><% List.iter (fun x -> %><li><%d x ^ "!" %></li><% ) items; %></ul>

let () = print_string (render [1])
