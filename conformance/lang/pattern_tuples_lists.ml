let rec zip3 a b c =
  match (a, b, c) with
  | x :: xs, y :: ys, z :: zs -> (x, y, z) :: zip3 xs ys zs
  | _ -> []

let rec pairs = function
  | x :: y :: rest -> (x, y) :: pairs rest
  | [ x ] -> [ (x, x) ]
  | [] -> []

let swap (a, b) = (b, a)

let () =
  List.iter (fun (x, y, z) -> Printf.printf "(%d %s %c) " x y z) (zip3 [ 1; 2; 3 ] [ "a"; "b" ] [ 'x'; 'y'; 'z' ]);
  print_newline ();
  List.iter (fun (a, b) -> Printf.printf "<%d,%d>" a b) (pairs [ 1; 2; 3; 4; 5 ]);
  print_newline ();
  let a, b = swap (1, "x") in
  Printf.printf "%s %d\n" a b;
  let (x, (y, z)), w = ((1, (2, 3)), 4) in
  Printf.printf "%d\n" (x + y + z + w);
  let classify = function
    | [] -> "none"
    | [ _ ] -> "one"
    | [ _; _ ] -> "two"
    | _ :: _ :: _ :: [] -> "three"
    | _ -> "many" in
  List.iter (fun l -> print_string (classify l ^ " ")) [ []; [ 1 ]; [ 1; 2 ]; [ 1; 2; 3 ]; [ 1; 2; 3; 4 ] ];
  print_newline ();
  match List.rev [ 1; 2; 3 ] with last :: _ -> Printf.printf "last %d\n" last | [] -> ()
