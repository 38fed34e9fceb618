type shape = Circle of float | Square of int | Dot

let describe s =
  <li>
% (match s with
% | Circle r ->
    circle of radius <%.2f r %>
% | Square n ->
    square of side <%i n %>
% | Dot ->
    a dot
% );
  </li>

let () = List.iter (fun s -> print_string (describe s)) [Circle 1.5; Square 3; Dot]
