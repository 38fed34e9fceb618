exception E of int

let rec countdown n =
  if n = 3 then raise (E n);
  Printf.printf "%d\n" n;
  countdown (n - 1)

let () =
  (try countdown 4 with E n -> Printf.printf "caught E %d\n" n);
  countdown 6
