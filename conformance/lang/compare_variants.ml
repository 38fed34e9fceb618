type t = A | B | C of int | D of string | E of int * int | F

let name = function A -> "A" | B -> "B" | C n -> "C" ^ string_of_int n | D s -> "D" ^ s | E (a, b) -> Printf.sprintf "E(%d,%d)" a b | F -> "F"

let () =
  let vals = [ E (1, 2); C 5; F; D "x"; A; C 1; B; E (0, 9); D "a" ] in
  let sorted = List.sort compare vals in
  print_endline (String.concat " " (List.map name sorted));
  Printf.printf "%d %d %d\n" (compare A F) (compare F (C 0)) (compare (C 0) (D ""));
  Printf.printf "%b %b\n" (C 1 = C 1) (D "x" = D "y");
  let opts = [ Some 3; None; Some 1; None; Some 2 ] in
  print_endline (String.concat " " (List.map (function None -> "None" | Some n -> "Some" ^ string_of_int n) (List.sort compare opts)));
  let res : (int, string) result list = [ Error "b"; Ok 2; Error "a"; Ok 1 ] in
  print_endline (String.concat " " (List.map (function Ok n -> "Ok" ^ string_of_int n | Error s -> "Error" ^ s) (List.sort compare res)));
  Printf.printf "%d\n" (compare (Some (Some 1)) (Some None));
  Printf.printf "%d\n" (compare `A `B);
  Printf.printf "%d\n" (compare [ A ] [ B ]);
  Printf.printf "%b\n" (max A F = F && min (C 3) B = B)
