(* Partial applications with labels given out of order, and what they leave to apply. *)
let place ~row ~col v = Printf.sprintf "(%d,%d)=%s" row col v
let span ?(from = 0) ?(step = 1) ~upto () = List.init ((upto - from) / step + 1) (fun i -> from + (i * step))

let () =
  let in_col3 = place ~col:3 in
  print_endline (in_col3 ~row:1 "a");
  print_endline (in_col3 "b" ~row:2);
  let with_value = place "c" in
  print_endline (with_value ~col:9 ~row:8);
  let row5 = place ~row:5 in
  print_endline (row5 ~col:6 "d");
  let evens = span ~step:2 in
  print_endline (String.concat " " (List.map string_of_int (evens ~upto:8 ())));
  print_endline (String.concat " " (List.map string_of_int (evens ~from:3 ~upto:9 ())));
  let counted = ref 0 in
  let tick ~by () = counted := !counted + by in
  let by2 = tick ~by:2 in
  by2 (); by2 ();
  Printf.printf "%d\n" !counted
