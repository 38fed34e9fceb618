(* Functions with optional parameters passed where plain functions are expected: the optional
   parameters are erased (given their defaults) *)
let greet ?(greeting = "hello") ?(punct = "!") name = greeting ^ " " ^ name ^ punct
let scale ?(factor = 2) x = x * factor
let apply f x = f x
let compose f g x = f (g x)

let () =
  List.iter print_endline (List.map greet [ "ann"; "bob" ]);
  List.iter print_endline (List.map (greet ~punct:"?") [ "cy" ]);
  Printf.printf "%d\n" (apply scale 21);
  Printf.printf "%d\n" (apply (scale ~factor:3) 5);
  Printf.printf "%d\n" (compose scale scale 1);
  print_endline ([ "dee"; "eve" ] |> List.map (greet ~greeting:"hi") |> String.concat ", ");
  Printf.printf "%d\n" (List.fold_left ( + ) 0 (List.map scale [ 1; 2; 3 ]));
  Printf.printf "%d\n" (scale ~factor:10 4)
