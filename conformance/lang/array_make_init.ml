let show a = "[|" ^ String.concat "; " (Array.to_list (Array.map string_of_int a)) ^ "|]"

let () =
  print_endline (show (Array.make 5 7));
  print_endline (show (Array.init 6 (fun i -> i * i)));
  print_endline (show [||]);
  print_endline (show (Array.make 0 1));
  Printf.printf "length %d\n" (Array.length (Array.init 100 Fun.id));
  let order = ref [] in
  let _ = Array.init 4 (fun i -> order := i :: !order; i) in
  Printf.printf "init order %s\n" (String.concat "," (List.rev_map string_of_int !order));
  (try ignore (Array.make (-1) 0) with Invalid_argument m -> Printf.printf "make -1: %S\n" m);
  (try ignore (Array.init (-1) Fun.id) with Invalid_argument m -> Printf.printf "init -1: %S\n" m);
  let shared = Array.make 3 (ref 0) in
  shared.(0) := 42;
  Printf.printf "shared refs: %d %d %d\n" !(shared.(0)) !(shared.(1)) !(shared.(2));
  let strs = Array.make 2 "s" in
  strs.(0) <- "changed";
  Printf.printf "%s %s\n" strs.(0) strs.(1);
  let a = [| 1; 2; 3 |] in
  a.(1) <- 20;
  print_endline (show a)
