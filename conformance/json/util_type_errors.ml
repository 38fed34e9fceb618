open Yojson.Safe.Util
let j = Yojson.Safe.from_string {|{"a": [1], "s": "str", "f": 1.5, "b": true, "n": null, "i": 3}|}
let attempt name f =
  match f () with
  | () -> print_endline (name ^ ": ok")
  | exception Type_error (msg, v) -> Printf.printf "%s: Type_error %s (%s)\n" name msg (Yojson.Safe.to_string v)
  | exception Undefined (msg, v) -> Printf.printf "%s: Undefined %s (%s)\n" name msg (Yojson.Safe.to_string v)
let () =
  attempt "member of list" (fun () -> ignore (member "x" (member "a" j)));
  attempt "to_int of string" (fun () -> ignore (to_int (member "s" j)));
  attempt "to_string of int" (fun () -> ignore (to_string (member "i" j)));
  attempt "to_float of int" (fun () -> ignore (to_float (member "i" j)));
  attempt "to_number of int" (fun () -> ignore (to_number (member "i" j)));
  attempt "to_bool of null" (fun () -> ignore (to_bool (member "n" j)));
  attempt "to_list of object" (fun () -> ignore (to_list j));
  attempt "to_assoc of list" (fun () -> ignore (to_assoc (member "a" j)));
  attempt "index of object" (fun () -> ignore (index 0 j));
  attempt "index out of bounds" (fun () -> ignore (index 5 (member "a" j)));
  attempt "index negative out" (fun () -> ignore (index (-2) (member "a" j)));
  attempt "map over object" (fun () -> ignore (map (fun x -> x) j));
  attempt "keys of list" (fun () -> ignore (keys (member "a" j)));
  attempt "convert_each of string" (fun () -> ignore (convert_each to_int (member "s" j)));
  attempt "to_int_option of string" (fun () -> ignore (to_int_option (member "s" j)));
  attempt "to_string_option of bool" (fun () -> ignore (to_string_option (member "b" j)));
  attempt "to_float of intlit" (fun () -> ignore (to_float (`Intlit "1")));
  attempt "member of tuple" (fun () -> ignore (member "x" (`Tuple [])));
  attempt "to_int of variant" (fun () -> ignore (to_int (`Variant ("A", None))))
