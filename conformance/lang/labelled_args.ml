let divide ~num ~den = num / den
let make_rect ~width ~height = Printf.sprintf "%dx%d" width height
let greet ~greeting name = greeting ^ ", " ^ name

let () =
  Printf.printf "%d\n" (divide ~num:10 ~den:3);
  Printf.printf "%d\n" (divide ~den:3 ~num:10);
  let num = 100 and den = 7 in
  Printf.printf "%d\n" (divide ~num ~den);
  print_endline (make_rect ~height:2 ~width:5);
  let by3 = divide ~den:3 in
  Printf.printf "%d %d\n" (by3 ~num:9) (by3 ~num:30);
  let hello = greet ~greeting:"Hello" in
  print_endline (hello "world");
  print_endline (greet "labels last" ~greeting:"Hi");
  let apply f = f ~num:50 ~den:5 in
  Printf.printf "%d\n" (apply divide);
  let l = List.map (fun w -> make_rect ~width:w ~height:1) [ 1; 2; 3 ] in
  print_endline (String.concat " " l);
  print_endline (String.concat "," (List.filter_map (fun x -> if x > 1 then Some (string_of_int x) else None) [ 1; 2; 3 ]));
  let sub ~x ~y = x - y in
  Printf.printf "%d %d\n" (sub ~y:1 ~x:10) (sub ~x:1 ~y:10)
