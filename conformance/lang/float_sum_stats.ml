let data = [| 2.5; 3.75; -1.25; 8.0; 0.125; 4.5; 6.25; -3.0; 7.75; 1.0 |]

let mean a = Array.fold_left ( +. ) 0. a /. float_of_int (Array.length a)

let variance a =
  let m = mean a in
  Array.fold_left (fun acc x -> acc +. ((x -. m) ** 2.)) 0. a /. float_of_int (Array.length a)

let () =
  Printf.printf "mean %s\n" (string_of_float (mean data));
  Printf.printf "variance %s\n" (string_of_float (variance data));
  Printf.printf "stddev %.10f\n" (sqrt (variance data));
  let sorted = Array.copy data in
  Array.sort compare sorted;
  Array.iter (fun x -> Printf.printf "%g " x) sorted;
  print_newline ();
  let median = (sorted.(4) +. sorted.(5)) /. 2. in
  Printf.printf "median %F\n" median;
  let kahan a =
    let sum = ref 0. and c = ref 0. in
    Array.iter (fun x -> let y = x -. !c in let t = !sum +. y in c := (t -. !sum) -. y; sum := t) a;
    !sum in
  let tiny = Array.make 1000 0.001 in
  Printf.printf "%.17g %.17g\n" (Array.fold_left ( +. ) 0. tiny) (kahan tiny)
