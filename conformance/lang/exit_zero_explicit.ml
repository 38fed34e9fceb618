let rec loop i =
  if i > 5 then begin
    print_endline "done, exiting with 0";
    exit 0
  end;
  Printf.printf "iteration %d\n" i;
  loop (i + 1)

let () =
  prerr_endline "a note on stderr";
  loop 1;
  print_endline "unreachable"
