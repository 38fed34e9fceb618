let summary items =
% let total = List.fold_left ( + ) 0 items in
% let average = float_of_int total /. float_of_int (List.length items) in
  <p>Total <%i total %>, average <%.2f average %></p>
  <p>Count <%i List.length items %></p>
  %%

let () = print_string (summary [3; 4; 8])
