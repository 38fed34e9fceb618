let sum_valid l =
  List.fold_left
    (fun acc s -> match int_of_string_opt s with Some n -> acc + n | None -> acc)
    0 l

let () =
  let inputs = [ "10"; "x"; "0x10"; "-3"; ""; "1_0"; " 5"; "0b111"; "9999999999999999999" ] in
  List.iter
    (fun s ->
      Printf.printf "%S: %s\n" s
        (match int_of_string_opt s with Some n -> "Some " ^ string_of_int n | None -> "None"))
    inputs;
  Printf.printf "sum = %d\n" (sum_valid inputs);
  Printf.printf "%s\n"
    (match Int64.of_string_opt "9999999999999999999" with Some _ -> "some" | None -> "none");
  Printf.printf "%s\n"
    (match Int32.of_string_opt "0xffffffff" with Some n -> Int32.to_string n | None -> "none")
