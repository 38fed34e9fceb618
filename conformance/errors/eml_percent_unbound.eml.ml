let render items =
  <ul>
% List.itr (fun x ->
    <li><%i x %></li>
% ) items;
  </ul>

let () = print_string (render [1])
