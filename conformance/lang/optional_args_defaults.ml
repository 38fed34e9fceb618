let greet ?(greeting = "Hello") ?(punct = "!") name = greeting ^ ", " ^ name ^ punct

let range ?(start = 0) ?(step = 1) stop =
  let rec go i = if i >= stop then [] else i :: go (i + step) in
  go start

let describe ?prefix x =
  match prefix with None -> string_of_int x | Some p -> p ^ string_of_int x

let default_evaluated = ref 0
let with_side ?(v = (incr default_evaluated; 42)) () = v

let () =
  print_endline (greet "Ann");
  print_endline (greet ~greeting:"Hi" "Bob");
  print_endline (greet ~punct:"?" "Cy");
  print_endline (greet ~punct:"." ~greeting:"Bye" "Di");
  let show l = String.concat " " (List.map string_of_int l) in
  print_endline (show (range 5));
  print_endline (show (range ~start:2 10));
  print_endline (show (range ~step:3 ~start:1 12));
  print_endline (describe 5);
  print_endline (describe ~prefix:"#" 5);
  print_endline (describe ?prefix:None 6);
  print_endline (describe ?prefix:(Some "n=") 7);
  Printf.printf "%d %d\n" (with_side ()) (with_side ~v:1 ());
  Printf.printf "default evaluated %d time(s)\n" !default_evaluated;
  Printf.printf "%d\n" (with_side ());
  Printf.printf "default evaluated %d time(s)\n" !default_evaluated
