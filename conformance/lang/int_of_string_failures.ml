let try_parse s =
  match int_of_string s with
  | n -> Printf.printf "%S ok %d\n" s n
  | exception (Failure msg) -> Printf.printf "%S failed: Failure %S\n" s msg

let () =
  List.iter try_parse
    [ ""; " 1"; "1 "; "abc"; "12a"; "0x"; "0xg"; "--1"; "-"; "+"; "1.0"; "1e3";
      "4611686018427387904"; "-4611686018427387905"; "99999999999999999999";
      "0b2"; "0o8"; "_1"; "1__2"; "0x8000000000000000" ];
  List.iter
    (fun s ->
      match int_of_string_opt s with
      | Some n -> Printf.printf "opt %S = Some %d\n" s n
      | None -> Printf.printf "opt %S = None\n" s)
    [ "12"; "x"; "-0"; ""; "0xFF" ];
  (try ignore (int_of_string "nope")
   with e -> print_endline (Printexc.to_string e))
