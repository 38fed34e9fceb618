let show l = "[" ^ String.concat "; " (List.map (Printf.sprintf "%S") l) ^ "]"

let () =
  print_endline (show (String.split_on_char ',' "a,b,c"));
  print_endline (show (String.split_on_char ',' ""));
  print_endline (show (String.split_on_char ',' ","));
  print_endline (show (String.split_on_char ',' ",a,,b,"));
  print_endline (show (String.split_on_char ' ' "  two  spaces "));
  print_endline (show (String.split_on_char '\n' "line1\nline2\n"));
  print_endline (show (String.split_on_char 'x' "no separator"));
  let csv = "name;age;city\nann;31;paris\nbob;27;rome" in
  List.iter
    (fun line ->
      let fields = String.split_on_char ';' line in
      Printf.printf "%d fields: %s\n" (List.length fields) (String.concat "|" fields))
    (String.split_on_char '\n' csv);
  let words = List.filter (fun w -> w <> "") (String.split_on_char ' ' " the  quick brown   fox ") in
  Printf.printf "%d words: %s\n" (List.length words) (String.concat "," words)
