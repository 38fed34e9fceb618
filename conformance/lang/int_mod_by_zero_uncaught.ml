let digits n base =
  let rec go n acc = if n = 0 then acc else go (n / base) ((n mod base) :: acc) in
  go n []

let show l = String.concat "," (List.map string_of_int l)

let () =
  print_endline (show (digits 1234 10));
  print_endline (show (digits 255 2));
  print_endline (show (digits 255 16));
  print_string "about to fail";
  print_endline (show (digits 7 0))
