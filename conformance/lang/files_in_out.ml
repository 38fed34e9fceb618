let () =
  let name = Filename.concat (Filename.get_temp_dir_name ()) "mlrun_e2_test.txt" in
  let oc = open_out name in
  output_string oc "line one\nline two\n";
  Printf.fprintf oc "%d %s\n" 42 "three";
  close_out oc;
  Printf.printf "%b\n" (Sys.file_exists name);
  let ic = open_in name in
  let rec loop acc = match input_line ic with l -> loop (l :: acc) | exception End_of_file -> List.rev acc in
  let lines = loop [] in
  close_in ic;
  List.iteri (fun i l -> Printf.printf "%d: %s\n" i l) lines;
  let oc = open_out_gen [ Open_append; Open_wronly ] 0o644 name in
  output_string oc "appended";
  close_out oc;
  let ic = open_in name in
  let n = in_channel_length ic in
  let s = really_input_string ic n in
  close_in ic;
  Printf.printf "%d [%s]\n" n (String.escaped s);
  Sys.remove name;
  Printf.printf "%b\n" (Sys.file_exists name);
  (try ignore (open_in "/nonexistent/file") with Sys_error e -> print_endline e);
  print_endline "done"
