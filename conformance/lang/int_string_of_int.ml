let () =
  List.iter (fun n -> print_endline (string_of_int n))
    [0; 7; -7; 100; -100; 123456789; max_int; min_int];
  print_endline (Int.to_string 99);
  print_endline (string_of_int (int_of_string "-0"));
  let s = String.concat "" (List.map string_of_int [1; 2; 3; 4]) in
  print_endline s;
  Printf.printf "%d\n" (String.length (string_of_int min_int));
  Printf.printf "%s|%s\n" (string_of_int 5) (string_of_int (-5));
  let rec digits_sum n = if n = 0 then 0 else n mod 10 + digits_sum (n / 10) in
  Printf.printf "%d\n" (digits_sum 987654321);
  print_endline (string_of_int 0x10 ^ string_of_int 0o10 ^ string_of_int 0b10)
