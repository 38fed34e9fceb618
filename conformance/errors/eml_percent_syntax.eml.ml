let render items =
  <ul>
% let count = in
    <li><%i count %></li>
  </ul>

let () = print_string (render [1])
