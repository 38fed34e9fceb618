exception Money of int
exception Plain of int

let () =
  Printexc.register_printer (function
    | Money cents -> Some (Printf.sprintf "Money(%d.%02d EUR)" (cents / 100) (cents mod 100))
    | _ -> None);
  print_endline (Printexc.to_string (Money 1234));
  print_endline (Printexc.to_string (Plain 1234));
  print_endline (Printexc.to_string (Failure "unchanged"));
  Printexc.register_printer (function Failure s -> Some ("custom failure: " ^ s) | _ -> None);
  print_endline (Printexc.to_string (Failure "changed"));
  print_endline "raising Money";
  raise (Money 999)
