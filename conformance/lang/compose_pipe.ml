let () =
  [ 1; 2; 3; 4; 5; 6 ]
  |> List.filter (fun x -> x mod 2 = 0)
  |> List.map (fun x -> x * x)
  |> List.fold_left ( + ) 0
  |> Printf.printf "sum of even squares %d\n";
  print_endline @@ String.concat ", " @@ List.map string_of_int @@ List.rev [ 1; 2; 3 ];
  let ( % ) f g x = f (g x) in
  let f = string_of_int % succ % ( * ) 2 in
  print_endline (f 20);
  "hello" |> String.uppercase_ascii |> print_endline;
  let x = 5 |> succ |> ( * ) 3 in
  Printf.printf "%d\n" x;
  let y = succ @@ ( * ) 3 @@ 5 in
  Printf.printf "%d\n" y;
  let trace s v = print_string s; v in
  let _ = trace "A" 1 |> trace "B" succ in
  print_newline ();
  let _ = trace "C" succ @@ trace "D" 1 in
  print_newline ()
