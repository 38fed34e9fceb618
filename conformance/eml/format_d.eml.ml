let row a b =
  <tr><td><%d a %></td><td><%d a - b %></td></tr>

let () = List.iter (fun (a, b) -> print_string (row a b)) [1, 2; 100, -7; 0, 0]
