type account = { owner : string; mutable balance : int; mutable history : int list }
exception Insufficient of int
let withdraw a n = if n > a.balance then raise (Insufficient (n - a.balance)) else (a.balance <- a.balance - n; a.history <- (-n) :: a.history)
let deposit a n = a.balance <- a.balance + n; a.history <- n :: a.history
let () =
  let a = { owner = "ann"; balance = 10; history = [] } in
  deposit a 5; withdraw a 3;
  (try withdraw a 100 with Insufficient k -> Printf.printf "short by %d\n" k);
  Printf.printf "%s %d [%s]\n" a.owner a.balance (String.concat ";" (List.map string_of_int (List.rev a.history)));
  let b = { a with owner = "bob" } in b.balance <- 0;
  Printf.printf "%d %d\n" a.balance b.balance
