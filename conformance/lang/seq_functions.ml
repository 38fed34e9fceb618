let rec naturals n () = Seq.Cons (n, naturals (n + 1))

let rec take n s () = if n = 0 then Seq.Nil else match s () with Seq.Nil -> Seq.Nil | Seq.Cons (x, r) -> Seq.Cons (x, take (n - 1) r)

let show s = String.concat " " (List.of_seq (Seq.map string_of_int s))

let () =
  print_endline (show (take 10 (naturals 0)));
  print_endline (show (take 5 (Seq.filter (fun x -> x mod 3 = 0) (naturals 1))));
  print_endline (show (take 6 (Seq.map (fun x -> x * x) (naturals 1))));
  print_endline (show (Seq.unfold (fun (a, b) -> if a > 100 then None else Some (a, (b, a + b))) (0, 1)));
  print_endline (show (take 8 (Seq.flat_map (fun x -> List.to_seq [ x; -x ]) (naturals 1))));
  print_endline (show (Seq.filter_map (fun x -> if x > 2 then Some (x * 10) else None) (List.to_seq [ 1; 2; 3; 4 ])));
  Printf.printf "%d\n" (Seq.fold_left ( + ) 0 (take 100 (naturals 1)));
  Seq.iter (Printf.printf "<%d>") (Seq.return 7);
  print_newline ();
  print_endline (show (Seq.append (List.to_seq [ 1; 2 ]) (List.to_seq [ 3 ])));
  Printf.printf "empty: %S\n" (show Seq.empty);
  let evaluated = ref 0 in
  let s = Seq.map (fun x -> incr evaluated; x) (List.to_seq [ 1; 2; 3; 4; 5 ]) in
  Printf.printf "before forcing: %d\n" !evaluated;
  ignore (take 2 s ());
  Printf.printf "after forcing head: %d\n" !evaluated;
  Seq.iter ignore s;
  Printf.printf "after iter: %d\n" !evaluated;
  Seq.iter ignore s;
  Printf.printf "after second iter: %d\n" !evaluated
