let render items =
% List.iter (fun (name, price) ->
  <li><%s name %>: <%.2f price %></li>
% ) items;
  %%

let () = print_string (render ["tea", 2.5; "cake & cream", 4.])
