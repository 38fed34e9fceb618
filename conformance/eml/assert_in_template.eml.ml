let render items =
  <ul>
% List.iter (fun x ->
%   assert (x < 3);
    <li><%i x %></li>
% ) items;
  </ul>

let () =
  print_string (render [1; 2]);
  print_string (render [1; 2; 3])
