let check_pos n = assert (n > 0); n

let () =
  Printf.printf "%d\n" (check_pos 5);
  (try ignore (check_pos 0)
   with Assert_failure (file, line, col) -> Printf.printf "Assert_failure %s:%d:%d\n" file line col);
  (try assert false with e -> print_endline (Printexc.to_string e));
  (try
     let f () : int = assert false in
     ignore (f ())
   with Assert_failure _ as e -> print_endline (Printexc.to_string e));
  assert true;
  assert (1 + 1 = 2);
  print_endline "asserts that hold print nothing";
  let v = try assert (String.length "abc" = 4); "passed" with Assert_failure _ -> "failed" in
  print_endline v
