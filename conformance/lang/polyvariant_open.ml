let base_eval eval = function
  | `Num n -> n
  | `Add (a, b) -> eval a + eval b

let rec eval1 e = base_eval eval1 e

let rec eval2 = function
  | `Mul (a, b) -> eval2 a * eval2 b
  | (`Num _ | `Add _) as e -> base_eval eval2 e

let to_int_opt = function `Int n -> Some n | `Str s -> int_of_string_opt s | _ -> None

type other = [ `C | `D ]

let show_other : other -> string = function `C -> "c" | `D -> "d"
let label x = match x with `A -> "a" | `B -> "b" | #other as o -> show_other o

let () =
  Printf.printf "%d\n" (eval1 (`Add (`Num 1, `Add (`Num 2, `Num 3))));
  Printf.printf "%d\n" (eval2 (`Mul (`Add (`Num 1, `Num 2), `Num 7)));
  List.iter
    (fun v -> print_endline (match to_int_opt v with Some n -> string_of_int n | None -> "none"))
    [ `Int 4; `Str "12"; `Str "x"; `Float 1.5 ];
  List.iter (fun x -> print_string (label x)) [ `A; `C; `B; `D ];
  print_newline ()
