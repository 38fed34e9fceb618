let table = [ ("pi", 3.14159265); ("e", 2.71828182); ("phi", 1.61803398) ]

let () =
  List.iter
    (fun prec ->
      List.iter (fun (n, v) -> Printf.printf "%s=%.*f " n prec v) table;
      print_newline ())
    [ 0; 1; 3; 6 ];
  List.iter (fun w -> Printf.printf "(%*d)(%-*d)\n" w 5 w 5) [ 1; 3; 6 ];
  Printf.printf "(%*.*f)\n" 12 4 (-1.5);
  Printf.printf "(%*s)\n" 0 "x";
  let pad = 7 in
  print_endline (Printf.sprintf "%*s|%-*s|" pad "r" pad "l");
  Printf.printf "(%.*e)\n" 2 12345.678;
  Printf.printf "(%*x)\n" 6 255
