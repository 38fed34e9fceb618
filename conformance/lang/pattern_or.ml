type t = A | B | C | D of int | E of int | F of string

let f = function
  | A | B -> "A or B"
  | C | D 0 -> "C or D 0"
  | D n | E n when n > 100 -> "big " ^ string_of_int n
  | D (1 | 2 | 3) -> "small D"
  | D n | E n -> "D/E " ^ string_of_int n
  | F ("x" | "y") -> "F x/y"
  | F s -> "F " ^ s

let vowel = function 'a' | 'e' | 'i' | 'o' | 'u' -> true | _ -> false

let weekend = function ("sat" | "sun"), _ | _, true -> "rest" | _ -> "work"

let () =
  List.iter (fun x -> print_endline (f x)) [ A; B; C; D 0; D 200; E 150; D 2; D 7; E 0; F "y"; F "zz" ];
  print_endline (String.concat "" (List.map (fun c -> if vowel c then "V" else "c") [ 'h'; 'e'; 'l'; 'l'; 'o' ]));
  List.iter (fun d -> print_endline (weekend d)) [ ("sat", false); ("mon", true); ("tue", false) ];
  let pair = function (0, x) | (x, 0) -> x | (a, b) -> a * b in
  Printf.printf "%d %d %d\n" (pair (0, 5)) (pair (6, 0)) (pair (3, 4));
  let nested = function Some (1 | 2) | None -> "few" | Some _ -> "many" in
  List.iter (fun o -> print_string (nested o ^ " ")) [ Some 1; None; Some 9 ];
  print_newline ()
