let validate age =
  if age < 0 then failwith (Printf.sprintf "negative age: %d" age);
  if age > 150 then failwith "age \"too\" large\n(really)";
  age

let () =
  Printf.printf "%d\n" (validate 30);
  Printf.printf "%d\n" (validate 0);
  print_string "validating 200... ";
  Printf.printf "%d\n" (validate 200)
