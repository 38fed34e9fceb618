let log = Buffer.create 64
let t s v = Buffer.add_string log s; v

type point = { mutable px : int; mutable py : int }

let () =
  let p = { px = 0; py = 0 } in
  p.px <- t "A" 1 + t "B" 2;
  p.py <- (t "C" (fun x -> x)) (t "D" 5);
  Printf.printf "%d %d %s\n" p.px p.py (Buffer.contents log);
  Buffer.clear log;
  let _ = t "E" max (t "F" 1) (t "G" 2) in
  print_endline (Buffer.contents log);
  Buffer.clear log;
  let _ = (t "H" 1, [ t "I" 2; t "J" 3 ], t "K" 4) in
  print_endline (Buffer.contents log);
  Buffer.clear log;
  let _ = t "L" 1 :: t "M" 2 :: t "N" [] in
  print_endline (Buffer.contents log);
  Buffer.clear log;
  let _ = String.concat (t "O" ",") (t "P" [ "x" ]) in
  print_endline (Buffer.contents log);
  Buffer.clear log;
  let _ = t "Q" 1 - t "R" 1 * t "S" 1 in
  print_endline (Buffer.contents log)
