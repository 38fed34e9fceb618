let badge n =
  <p>
% if n > 10 then begin
    <b>many</b>
% end else begin
    <i>few: <%i n %></i>
% end;
  </p>

let () =
  print_string (badge 3);
  print_string (badge 30)
