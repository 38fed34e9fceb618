let rec naturals n () = Seq.Cons (n, naturals (n + 1))
let take n s = let rec go n s acc = if n = 0 then List.rev acc else match s () with Seq.Nil -> List.rev acc | Seq.Cons (x, rest) -> go (n - 1) rest (x :: acc) in go n s []
let () =
  let evens = Seq.filter (fun x -> x mod 2 = 0) (naturals 0) in
  let squares = Seq.map (fun x -> x * x) evens in
  print_endline (String.concat " " (List.map string_of_int (take 6 squares)));
  let fibs = let rec go a b () = Seq.Cons (a, go b (a + b)) in go 0 1 in
  print_endline (String.concat "," (List.map string_of_int (take 12 fibs)));
  let l = lazy (print_endline "forced"; 99) in
  print_endline "before"; print_int (Lazy.force l + Lazy.force l); print_newline ()
