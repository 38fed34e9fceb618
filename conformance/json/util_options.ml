open Yojson.Safe.Util
let j = Yojson.Safe.from_string {|{"i": 1, "f": 2.5, "s": "x", "b": false, "n": null}|}
let opt f = function Some v -> f v | None -> "None"
let () =
  print_endline (opt string_of_int (to_int_option (member "i" j)));
  print_endline (opt string_of_int (to_int_option (member "n" j)));
  print_endline (opt string_of_float (to_float_option (member "f" j)));
  print_endline (opt string_of_float (to_number_option (member "i" j)));
  print_endline (opt (fun s -> s) (to_string_option (member "s" j)));
  print_endline (opt string_of_bool (to_bool_option (member "b" j)));
  print_endline (opt string_of_bool (to_bool_option (member "missing" j)));
  print_endline (string_of_float (to_number (member "f" j)))
