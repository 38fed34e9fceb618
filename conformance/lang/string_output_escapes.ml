let () =
  print_endline "quote: \" backslash: \\ tab:[\t] bell-ish:[\x41\x42]";
  print_endline "decimal escapes: \065\066\067";
  print_endline "octal escapes: \o101\o102";
  print_endline "unicode escape: \u{48}\u{49} \u{e9} \u{1F600}";
  print_endline "line one\
                 continued here";
  print_endline {|raw string with "quotes" and \n not escaped|};
  print_endline {tag|another {|raw|} string|tag};
  Printf.printf "%d\n" (String.length "\u{1F600}");
  print_endline "carriage\rreturn";
  print_string "null byte: [\000] done\n";
  Printf.printf "%S\n" "\u{e9}"
