let page items =
  <p>Sum: <%i List.fold_left
                (fun acc x -> acc + x)
                0 items %>.</p>

let () = print_string (page [1; 2; 3; 4])
