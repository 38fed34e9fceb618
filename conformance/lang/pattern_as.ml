let rec compress = function
  | (a :: (b :: _ as t)) -> if a = b then compress t else a :: compress t
  | short -> short

let first_two = function
  | (x :: y :: _) as whole -> Printf.sprintf "%d,%d of %d" x y (List.length whole)
  | ([ _ ] | []) as l -> Printf.sprintf "short list of %d" (List.length l)

type pt = { x : int; y : int }

let () =
  print_endline (String.concat " " (List.map string_of_int (compress [ 1; 1; 2; 2; 2; 3; 1; 1 ])));
  print_endline (first_two [ 5; 6; 7 ]);
  print_endline (first_two [ 5 ]);
  let (a, b) as pair = (1, "one") in
  Printf.printf "%d %s %d\n" a b (fst pair);
  let ({ x; _ } as p) = { x = 3; y = 4 } in
  Printf.printf "%d %d\n" x p.y;
  let check = function
    | Some (n as m) when n > 0 -> Printf.sprintf "positive %d" m
    | Some _ as o -> Printf.sprintf "other some %b" (o = Some 0)
    | None as n -> Printf.sprintf "none %b" (n = None) in
  List.iter (fun o -> print_endline (check o)) [ Some 3; Some 0; None ];
  let ((_, inner) as outer) = ((1, 2), (3, 4)) in
  Printf.printf "%d %d\n" (fst inner) (snd (fst outer))
