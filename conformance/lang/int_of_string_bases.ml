let try_parse s =
  match int_of_string s with
  | n -> Printf.printf "%-22S -> %d\n" s n
  | exception Failure msg -> Printf.printf "%-22S -> Failure %S\n" s msg

let () =
  List.iter try_parse
    [ "0"; "42"; "-42"; "+42"; "007"; "0x1F"; "0X1f"; "-0xff"; "0o17"; "0O17";
      "0b1011"; "0B11"; "0u123"; "1_000_000"; "0x_ff"; "0b1_0_1";
      "4611686018427387903"; "-4611686018427387904";
      "0x7fffffffffffffff"; "0xffffffffffffffff"; "0x4000000000000000" ]
