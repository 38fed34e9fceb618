let histogram data =
  let h = Array.make 5 0 in
  List.iter (fun x -> h.(x) <- h.(x) + 1) data;
  h

let print_h h = Array.iteri (fun i n -> Printf.printf "%d: %s\n" i (String.make n '#')) h

let () =
  print_h (histogram [ 0; 1; 1; 2; 4; 4; 4 ]);
  print_endline "second histogram";
  print_h (histogram [ 1; 2; 5; 3 ]);
  print_endline "not reached"
