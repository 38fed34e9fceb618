let () =
  let pr = Printf.printf "%s: %d\n" in
  pr "a" 1;
  pr "b" 2;
  let pr_a = pr "fixed" in
  pr_a 10;
  pr_a 20;
  let fmt = "%d + %d = %d\n" ^^ "" in
  Printf.printf fmt 1 2 3;
  let f2 = format_of_string "<%s>" in
  print_endline (Printf.sprintf f2 "x");
  let both = "<%s>" ^^ " and " ^^ "<%s>" in
  print_endline (Printf.sprintf both "p" "q");
  print_endline (string_of_format "%d items");
  let mk sep = Printf.sprintf ("%d" ^^ sep ^^ "%d") in
  print_endline (mk ":" 1 2);
  print_endline (mk " - " 3 4);
  let fs = [ format_of_string "%d"; "[%d]"; "%05d" ] in
  List.iter (fun f -> print_endline (Printf.sprintf f 42)) fs
