let rec fix f x = f (fix f) x

let fact = fix (fun self n -> if n <= 1 then 1 else n * self (n - 1))
let fib = fix (fun self n -> if n < 2 then n else self (n - 1) + self (n - 2))

let trace_fix name f =
  let depth = ref 0 in
  let rec go x =
    Printf.printf "%s%s(%d)\n" (String.make (2 * !depth) ' ') name x;
    incr depth;
    let r = f go x in
    decr depth;
    r in
  go

let () =
  Printf.printf "%d %d\n" (fact 10) (fib 15);
  let collatz = trace_fix "collatz" (fun self n -> if n = 1 then 0 else 1 + self (if n mod 2 = 0 then n / 2 else 3 * n + 1)) in
  Printf.printf "= %d steps\n" (collatz 6);
  let pow = trace_fix "pow" (fun self n -> if n = 0 then 1 else 2 * self (n - 1)) in
  Printf.printf "= %d\n" (pow 4);
  let rec ackermann m n =
    if m = 0 then n + 1 else if n = 0 then ackermann (m - 1) 1 else ackermann (m - 1) (ackermann m (n - 1)) in
  Printf.printf "ackermann 2 3 = %d, 3 3 = %d\n" (ackermann 2 3) (ackermann 3 3)
