let () = print_endline "Hello, world!"
let rec fact n = if n = 0 then 1 else n * fact (n - 1)
let () = print_int (fact 20); print_newline ()
let rec map f = function [] -> [] | x :: l -> f x :: map f l
let rec iter f = function [] -> () | x :: l -> f x; iter f l
let () = iter (fun x -> print_int x; print_char ' ') (map (fun x -> x * x) [1; 2; 3; 4]); print_newline ()
type shape = Circle of float | Rect of float * float | Empty
let area = function Circle r -> 3.14 *. r *. r | Rect (w, h) -> w *. h | Empty -> 0.
let () = print_float (area (Rect (2., 3.))); print_newline ()
let () = try ignore (1 / 0) with Division_by_zero -> print_endline "div"
exception E of int
let () = match raise (E 3) with _ -> () | exception E n -> print_int n; print_newline ()
let add x y = x + y
let inc = add 1
let () = print_int (inc 41); print_newline ()
let r = ref 0
let () = for i = 1 to 10 do r := !r + i done; print_int !r; print_newline ()
let () = print_endline (string_of_int max_int ^ " " ^ string_of_int min_int)
let () = raise Not_found
