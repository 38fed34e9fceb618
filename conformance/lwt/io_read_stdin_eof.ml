(* Standard input is empty here: every way of reading it meets its end. *)
let () =
  let line = Lwt_main.run (Lwt_io.read_line_opt Lwt_io.stdin) in
  print_endline (match line with None -> "read_line_opt: None" | Some l -> "line " ^ l);
  (match Lwt_main.run (Lwt_io.read_line Lwt_io.stdin) with
   | l -> print_endline ("line " ^ l)
   | exception End_of_file -> print_endline "read_line: End_of_file");
  (match Lwt_main.run (Lwt_io.read Lwt_io.stdin) with
   | s -> Printf.printf "read: %S\n" s);
  (match input_line stdin with
   | l -> print_endline l
   | exception End_of_file -> print_endline "input_line: End_of_file");
  let buf = Bytes.create 4 in
  Printf.printf "input: %d\n" (input stdin buf 0 4);
  (match really_input_string stdin 2 with
   | s -> print_endline s
   | exception End_of_file -> print_endline "really_input_string: End_of_file");
  print_endline (read_line ())
