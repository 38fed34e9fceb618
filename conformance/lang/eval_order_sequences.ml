let counter = ref 0
let next name = incr counter; Printf.printf "%s -> %d\n" name !counter; !counter

let () =
  let r = ref 0 in
  r := next "assign";
  let arr = Array.make 3 0 in
  arr.(next "index" - 1) <- next "value";
  Array.iter (Printf.printf "%d ") arr;
  print_newline ();
  let f = (print_endline "evaluating function"; fun x -> x * 2) in
  Printf.printf "%d\n" (f (next "argument"));
  let s = Printf.sprintf "%d-%d" (next "first %d") (next "second %d") in
  print_endline s;
  (next "seq1", next "seq2") |> fun (a, b) -> Printf.printf "%d %d\n" a b;
  let l = List.map (fun x -> x + next "map") [ 100; 200 ] in
  List.iter (Printf.printf "%d ") l;
  print_newline ();
  if next "cond" > 0 then ignore (next "then") else ignore (next "else");
  let x = begin ignore (next "begin1"); next "begin2" end in
  Printf.printf "x=%d\n" x
