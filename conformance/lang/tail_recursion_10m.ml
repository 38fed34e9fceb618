let rec loop i acc = if i = 0 then acc else loop (i - 1) (acc + (i land 7))

let rec collatz_steps n steps = if n = 1 then steps else collatz_steps (if n mod 2 = 0 then n / 2 else (3 * n) + 1) (steps + 1)

let count_up n =
  let rec go i acc = if i > n then acc else go (i + 1) (acc lxor i) in
  go 0 0

let rec even n = if n = 0 then true else odd (n - 1)
and odd n = if n = 0 then false else even (n - 1)

let () =
  Printf.printf "%d\n" (loop 10_000_000 0);
  Printf.printf "%d\n" (count_up 100_000);
  let best = ref (0, 0) in
  for n = 1 to 3_000 do
    let s = collatz_steps n 0 in
    if s > snd !best then best := (n, s)
  done;
  Printf.printf "collatz %d takes %d steps\n" (fst !best) (snd !best);
  Printf.printf "%b\n" (even 1_000_001);
  let total = List.fold_left ( + ) 0 (List.init 100_000 (fun i -> i)) in
  Printf.printf "%d\n" total;
  let r = ref 0 in
  let i = ref 0 in
  while !i < 100_000 do r := !r + 1; i := !i + 1 done;
  Printf.printf "%d\n" !r
