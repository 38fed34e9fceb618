let status done_ ratio =
  <p>Complete: <%B done_ %></p>
  <p>Ratio: <%.1f ratio %> (<%.3f ratio /. 3. %>)</p>
  <p>Exp: <%e ratio %> Short: <%g ratio %></p>

let () =
  print_string (status true 0.25);
  print_string (status false 12.)
