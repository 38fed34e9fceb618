let log_count = ref 0

let logf fmt =
  Printf.ksprintf (fun s -> incr log_count; print_endline ("[log " ^ string_of_int !log_count ^ "] " ^ s)) fmt

let fail fmt = Printf.ksprintf failwith fmt

let () =
  let s = Printf.sprintf "%d-%s-%.1f" 1 "two" 3.0 in
  print_endline s;
  logf "starting %s" "up";
  logf "value %d and %d" 10 20;
  logf "no args";
  (try fail "bad value %d" 99 with Failure m -> Printf.printf "caught: %s\n" m);
  let k = Printf.ksprintf String.length "%s%s" "abc" "de" in
  Printf.printf "length %d\n" k;
  let f = Printf.sprintf "%s=%d" in
  print_endline (f "x" 1);
  print_endline (f "y" 2);
  let s2 = Printf.kprintf (fun s -> "<" ^ s ^ ">") "%d%%" 50 in
  print_endline s2;
  Printf.printf "%d\n" !log_count
