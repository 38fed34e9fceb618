let () =
  List.iter
    (fun n ->
      let f = float_of_int n in
      Printf.printf "%d -> %s -> %d %b\n" n (string_of_float f) (int_of_float f) (int_of_float f = n))
    [ 0; 1; -1; 1 lsl 52; (1 lsl 53) + 1; (1 lsl 60) + 7; 123456789 ];
  List.iter
    (fun s ->
      let f = float_of_string s in
      Printf.printf "%s -> %s -> %s\n" s (string_of_float f) (Printf.sprintf "%.17g" f))
    [ "0.1"; "0.2"; "0.3"; "1.1"; "2.675"; "1e23"; "9007199254740993" ];
  Printf.printf "%b\n" (float_of_string (string_of_float 0.1) = 0.1);
  Printf.printf "%b\n" (float_of_string (Printf.sprintf "%.17g" (1. /. 3.)) = 1. /. 3.);
  Printf.printf "%b\n" (float_of_string (string_of_float (1. /. 3.)) = 1. /. 3.)
