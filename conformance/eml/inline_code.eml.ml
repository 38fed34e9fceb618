let list xs =
  <ul><% List.iter (fun x -> %><li><%i x %></li><% ) xs; %></ul>

let () = print_string (list [1; 2; 3])
