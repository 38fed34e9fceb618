let print_matrix m =
  Array.iter (fun row -> Array.iter (fun x -> Printf.printf "%4d" x) row; print_newline ()) m

let mult a b =
  let n = Array.length a and m = Array.length b.(0) and k = Array.length b in
  Array.init n (fun i -> Array.init m (fun j ->
    let s = ref 0 in
    for x = 0 to k - 1 do s := !s + (a.(i).(x) * b.(x).(j)) done;
    !s))

let transpose m =
  let r = Array.length m and c = Array.length m.(0) in
  Array.init c (fun j -> Array.init r (fun i -> m.(i).(j)))

let () =
  let a = Array.make_matrix 3 3 0 in
  for i = 0 to 2 do for j = 0 to 2 do a.(i).(j) <- (i * 3) + j + 1 done done;
  print_matrix a;
  print_endline "--";
  print_matrix (transpose a);
  print_endline "--";
  print_matrix (mult a a);
  print_endline "--";
  let id = Array.init 3 (fun i -> Array.init 3 (fun j -> if i = j then 1 else 0)) in
  Printf.printf "%b\n" (mult a id = a);
  let bad = Array.make 2 (Array.make 2 0) in
  bad.(0).(0) <- 9;
  print_matrix bad;
  let rect = Array.make_matrix 2 4 1 in
  Printf.printf "%d x %d\n" (Array.length rect) (Array.length rect.(0));
  let fm = Array.make_matrix 2 2 0.5 in
  fm.(1).(1) <- 2.;
  Printf.printf "%s\n" (string_of_float (fm.(0).(0) +. fm.(1).(1)))
