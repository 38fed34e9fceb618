exception Out_of_range of float
exception Bounds of float * float

let check x = if x > 1.0 then raise (Out_of_range x) else x

let () =
  (try ignore (check 2.5) with e -> print_endline (Printexc.to_string e));
  (try raise (Bounds (0., -1.5)) with e -> print_endline (Printexc.to_string e));
  Printf.printf "%.2f\n" (check 0.5);
  Printf.printf "%.2f\n" (check 1.25)
