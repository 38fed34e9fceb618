let countdown n =
  <ol>
% for i = n downto 1 do
    <li><%i i %></li>
% done;
  </ol>

let () = print_string (countdown 3)
