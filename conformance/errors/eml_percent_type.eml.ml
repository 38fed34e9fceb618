let render items =
  <ul>
% if List.length items then begin
    <li>some</li>
% end;
  </ul>

let () = print_string (render [1])
