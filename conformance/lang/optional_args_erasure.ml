let f ?(x = 1) ?(y = 2) z = Printf.sprintf "x=%d y=%d z=%d" x y z
let g ?(verbose = false) () = if verbose then "verbose" else "quiet"
let h ?opt () = match opt with None -> "no opt" | Some s -> "opt " ^ s

let () =
  print_endline (f 3);
  print_endline (f ~y:20 3);
  print_endline (f ~x:10 ~y:20 3);
  let partial = f ~x:5 in
  print_endline (partial 0);
  print_endline (partial ~y:7 0);
  print_endline (g ());
  print_endline (g ~verbose:true ());
  print_endline (h ());
  print_endline (h ~opt:"set" ());
  let pass_through ?opt () = h ?opt () in
  print_endline (pass_through ());
  print_endline (pass_through ~opt:"forwarded" ());
  let fs = [ (fun z -> f ~x:0 z); (fun z -> f ~y:0 z); (fun z -> f z) ] in
  List.iter (fun fn -> print_endline (fn 9)) fs;
  let fx = f ~x:0 and fy = f ~y:0 in
  print_endline (fx ~y:1 9 ^ " / " ^ fy ~x:1 9);
  let app (k : int -> string) = k 100 in
  print_endline (app (f ~y:50))
