let item x =
  <li><%s x %></li>

let list xs =
  <ul>
% List.iter (fun x ->
  <%s! item x %>
% ) xs;
  </ul>

let () = print_string (list ["a"; "b<"])
