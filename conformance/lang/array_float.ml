let () =
  let a = Array.make 4 0.0 in
  for i = 0 to 3 do a.(i) <- float_of_int i *. 1.5 done;
  Array.iter (fun x -> Printf.printf "%s " (string_of_float x)) a;
  print_newline ();
  let b = Array.init 5 (fun i -> sqrt (float_of_int i)) in
  Array.iter (fun x -> Printf.printf "%.4f " x) b;
  print_newline ();
  Printf.printf "sum %.6f\n" (Array.fold_left ( +. ) 0. b);
  let fa = Float.Array.make 3 2.5 in
  Float.Array.set fa 1 7.25;
  Printf.printf "%s %s %d\n" (string_of_float (Float.Array.get fa 0)) (string_of_float (Float.Array.get fa 1)) (Float.Array.length fa);
  let c = Array.map (fun x -> x *. x) [| 1.5; -2.; nan |] in
  Array.iter (fun x -> print_string (string_of_float x ^ " ")) c;
  print_newline ();
  let d = [| 3.5; -1.; 2.25; 0. |] in
  Array.sort compare d;
  print_endline (String.concat ", " (Array.to_list (Array.map string_of_float d)));
  Printf.printf "%b\n" ([| 1.; 2. |] = [| 1.; 2. |]);
  let e = Array.append [| 1. |] [| 2.; 3. |] in
  Printf.printf "%d %s\n" (Array.length e) (string_of_float e.(2))
