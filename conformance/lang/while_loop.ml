let () =
  let i = ref 0 in
  while !i < 5 do
    Printf.printf "i=%d " !i;
    incr i
  done;
  print_newline ();
  let n = ref 27 and steps = ref 0 in
  while !n <> 1 do
    n := if !n mod 2 = 0 then !n / 2 else (3 * !n) + 1;
    incr steps
  done;
  Printf.printf "collatz 27: %d steps\n" !steps;
  let found = ref false and k = ref 1 in
  while not !found do
    if !k * !k > 500 then found := true else incr k
  done;
  Printf.printf "first square over 500: %d^2 = %d\n" !k (!k * !k);
  let never = ref false in
  while !never do print_endline "never" done;
  let a = ref 1071 and b = ref 462 in
  while !b <> 0 do let t = !b in b := !a mod !b; a := t done;
  Printf.printf "gcd %d\n" !a;
  let cond_evals = ref 0 in
  let j = ref 0 in
  while (incr cond_evals; !j < 3) do incr j done;
  Printf.printf "condition evaluated %d times\n" !cond_evals;
  let r = while false do () done in
  Printf.printf "while returns unit: %b\n" (r = ())
