let try_parse s =
  match float_of_string s with
  | f -> Printf.printf "%-14S -> %s (%h)\n" s (string_of_float f) f
  | exception Failure m -> Printf.printf "%-14S -> Failure %S\n" s m

let () =
  List.iter try_parse
    [ "1"; "1."; "1.5"; "-2.25"; "+3"; ".5"; "5."; "1e10"; "1E-3"; "1_000.5"; "0x1p4"; "0x1.8p1";
      "nan"; "NaN"; "inf"; "-inf"; "infinity"; "-Infinity"; "1e400"; "-1e400"; "1e-400";
      ""; "abc"; "1.2.3"; " 1"; "1 "; "e5"; "0.1"; "123456789012345678901234567890" ];
  Printf.printf "%s\n"
    (match float_of_string_opt "x1" with None -> "None" | Some f -> string_of_float f);
  Printf.printf "%s\n"
    (match float_of_string_opt "2.5" with None -> "None" | Some f -> string_of_float f)
