let () =
  let cases = [ "plain"; "quote\"d"; "back\\slash"; "new\nline"; "tab\t"; "cr\r"; "\000\001\031";
                "\127\128\255"; "caf\xc3\xa9"; "'single'"; "" ] in
  List.iter (fun s -> Printf.printf "%s\n" (String.escaped s)) cases;
  List.iter (fun s -> Printf.printf "%s\n" (Bytes.to_string (Bytes.escaped (Bytes.of_string s)))) [ "a\"b"; "\x07" ];
  Printf.printf "%d\n" (String.length (String.escaped "\n\n\n"));
  let s = "unchanged" in
  Printf.printf "%b\n" (String.escaped s = s);
  Printf.printf "%S vs %s\n" "a\tb" (String.escaped "a\tb");
  print_endline (String.escaped "\b\012\011")
