let () =
  let n = int_of_string (read_line ()) in
  let total = ref 0 in
  for _ = 1 to n do
    let line = input_line stdin in
    total := !total + int_of_string (String.trim line)
  done;
  Printf.printf "total %d\n" !total;
  Scanf.scanf " %d %d" (fun a b -> Printf.printf "%d\n" (a * b));
  (try
     while true do
       let l = input_line stdin in
       print_endline (String.uppercase_ascii l)
     done
   with End_of_file -> print_endline "eof");
  Printf.printf "%b\n" (try ignore (read_line ()); false with End_of_file -> true)
