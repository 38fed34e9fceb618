let last_char s = s.[String.length s - 1]

let () =
  List.iter
    (fun s -> Printf.printf "last of %S is %C\n" s (last_char s))
    [ "abc"; "z"; "hello" ];
  let safe s = if s = "" then None else Some (last_char s) in
  Printf.printf "safe \"\" = %s\n" (match safe "" with None -> "None" | Some c -> String.make 1 c);
  print_endline "now the empty string";
  Printf.printf "last of %S is %C\n" "" (last_char "");
  print_endline "unreachable"
