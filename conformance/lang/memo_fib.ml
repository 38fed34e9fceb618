let rec slow_fib n = if n < 2 then n else slow_fib (n - 1) + slow_fib (n - 2)

let memo_fib =
  let table = Hashtbl.create 100 in
  let rec fib n =
    if n < 2 then n
    else
      match Hashtbl.find_opt table n with
      | Some v -> v
      | None -> let v = fib (n - 1) + fib (n - 2) in Hashtbl.add table n v; v in
  fib

let iter_fib n =
  let a = ref 0 and b = ref 1 in
  for _ = 1 to n do let t = !a + !b in a := !b; b := t done;
  !a

let () =
  Printf.printf "slow_fib 25 = %d\n" (slow_fib 25);
  Printf.printf "memo_fib 80 = %d\n" (memo_fib 80);
  Printf.printf "iter_fib 80 = %d\n" (iter_fib 80);
  Printf.printf "iter_fib 100 = %d (wrapped)\n" (iter_fib 100);
  for i = 0 to 15 do Printf.printf "%d " (memo_fib i) done;
  print_newline ();
  let calls = ref 0 in
  let rec counted n = incr calls; if n < 2 then n else counted (n - 1) + counted (n - 2) in
  ignore (counted 20);
  Printf.printf "naive calls for 20: %d\n" !calls
