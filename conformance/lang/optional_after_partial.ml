let op a b ?(oneshot = false) q = Printf.sprintf "%s %s %b %s" a b oneshot q
let f x ?(k = 1) y = x + k + y
let () =
  let p = op "x" "y" in
  print_endline (p "Q");
  print_endline (p ~oneshot:true "Q");
  print_endline ((op "x" "y") "R");
  let g = f 1 in
  Printf.printf "%d %d\n" (g 10) (g ~k:5 10);
  let h = List.map (f 1) [ 1; 2 ] in
  List.iter (Printf.printf "%d ") h;
  print_newline ()
let ( ->. ) a b ?(oneshot = false) q = Printf.sprintf "%s->%s %b %s" a b oneshot q
let () =
  print_endline (("int" ->. "unit") "SELECT 1");
  print_endline (("int" ->. "unit") ~oneshot:true "SELECT 2")
