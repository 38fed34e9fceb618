let count n =
  <p><%i n %> item(s), <%i n * 2 %> halves</p>

let () =
  print_string (count 3);
  print_string (count (-42));
  print_string (count max_int)
