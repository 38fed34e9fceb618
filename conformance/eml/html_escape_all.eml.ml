let page s =
  <input value="<%s s %>"> <textarea><%s s %></textarea>

let () =
  print_string (page "& < > \" ' plain é");
  print_string (page "")
