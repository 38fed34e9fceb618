type shape = Circle of int | Square of int | Rect of int * int | Dot
let describe = function
  | (Circle r | Square r) when r > 10 -> "big " ^ string_of_int r
  | Circle r -> "circle " ^ string_of_int r
  | Square _ as s -> (match s with Square n -> "square " ^ string_of_int n | _ -> "?")
  | Rect (w, h) when w = h -> "squarish rect"
  | Rect (w, _) -> "rect " ^ string_of_int w
  | Dot -> "dot"
let () = List.iter (fun s -> print_endline (describe s)) [Circle 20; Circle 2; Square 3; Square 30; Rect (2, 2); Rect (3, 4); Dot]
let rec pairs = function x :: (y :: _ as rest) -> (x, y) :: pairs rest | _ -> []
let () = List.iter (fun (a, b) -> Printf.printf "(%d,%d)" a b) (pairs [1; 2; 3; 4]); print_newline ()
let first_two = function [] -> "none" | [x] -> string_of_int x | x :: y :: _ -> string_of_int (x + y)
let () = print_endline (first_two [] ^ first_two [5] ^ first_two [1; 2; 3])
let swap (a, b) = (b, a)
let () = let (x, y) = swap (1, "one") in Printf.printf "%s %d\n" x y
let rec even n = n = 0 || odd (n - 1) and odd n = n <> 0 && even (n - 1)
let () = Printf.printf "%b %b\n" (even 10) (odd 7)
