let () =
  print_string "buffered stdout ";
  let name = Filename.temp_file "mlrun" ".txt" in
  let oc = open_out name in
  output_string oc "file text\n";
  close_out oc;
  let ic = open_in name in
  print_endline (input_line ic);
  close_in ic;
  let oc = open_out name in
  output_string oc "unflushed at exit\n";
  at_exit (fun () -> let ic = open_in name in print_endline ("at exit: " ^ (try input_line ic with End_of_file -> "empty")))
