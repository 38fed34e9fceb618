type color = Red | Green | Blue | Rgb of int * int * int | Named of string

let to_string = function
  | Red -> "red"
  | Green -> "green"
  | Blue -> "blue"
  | Rgb (r, g, b) -> Printf.sprintf "rgb(%d,%d,%d)" r g b
  | Named s -> "named:" ^ s

let brightness = function
  | Red | Green | Blue -> 85
  | Rgb (r, g, b) -> (r + g + b) / 3
  | Named _ -> -1

type shape = Circle of { r : float } | Rect of { w : float; h : float } | Empty

let area = function
  | Circle { r } -> Float.pi *. r *. r
  | Rect { w; h } -> w *. h
  | Empty -> 0.

let () =
  let colors = [ Red; Green; Blue; Rgb (255, 128, 0); Named "teal" ] in
  List.iter (fun c -> Printf.printf "%s brightness %d\n" (to_string c) (brightness c)) colors;
  List.iter (fun s -> Printf.printf "area %.3f\n" (area s)) [ Circle { r = 1. }; Rect { w = 2.; h = 3.5 }; Empty ];
  Printf.printf "%b %b\n" (Rgb (1, 2, 3) = Rgb (1, 2, 3)) (Red = Blue);
  Printf.printf "%d %d\n" (compare Red Blue) (compare (Named "a") Red)
