let () =
  let r = ref 10 in
  incr r;
  incr r;
  decr r;
  Printf.printf "r = %d\n" !r;
  r := !r * 3;
  Printf.printf "r = %d\n" !r;
  let alias = r in
  alias := 0;
  Printf.printf "r = %d (through alias)\n" !r;
  let s = ref "" in
  List.iter (fun w -> s := !s ^ w) [ "a"; "b"; "c" ];
  print_endline !s;
  let l = ref [] in
  for i = 1 to 5 do l := i :: !l done;
  print_endline (String.concat " " (List.map string_of_int !l));
  let counter () = let c = ref 0 in fun () -> incr c; !c in
  let c1 = counter () and c2 = counter () in
  Printf.printf "%d %d %d %d\n" (c1 ()) (c1 ()) (c2 ()) (c1 ());
  let x = ref 1 in
  let y = ref 1 in
  Printf.printf "%b %b\n" (x = y) (x == y);
  Printf.printf "%d\n" (x.contents + 1);
  x.contents <- 41;
  Printf.printf "%d\n" !x
