let show a = String.concat " " (Array.to_list (Array.map string_of_int a))

let () =
  let a = Array.make 10 0 in
  Array.fill a 2 3 7;
  print_endline (show a);
  Array.fill a 0 0 9;
  print_endline (show a);
  Array.fill a 8 2 1;
  print_endline (show a);
  let b = Array.copy a in
  b.(0) <- 5;
  Printf.printf "%d %d\n" a.(0) b.(0);
  let nested = [| [| 1 |]; [| 2 |] |] in
  let shallow = Array.copy nested in
  shallow.(0).(0) <- 99;
  Printf.printf "%d (shallow copy shares rows)\n" nested.(0).(0);
  shallow.(1) <- [| 50 |];
  Printf.printf "%d (but replacing a row does not)\n" nested.(1).(0);
  let e = Array.copy [||] in
  Printf.printf "%d\n" (Array.length e);
  let r = Array.make 3 [] in
  r.(1) <- [ 1; 2 ];
  Printf.printf "%d %d %d\n" (List.length r.(0)) (List.length r.(1)) (List.length r.(2))
