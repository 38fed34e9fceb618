let describe = function
  | `Red -> "red"
  | `Green -> "green"
  | `Rgb (r, g, b) -> Printf.sprintf "#%02x%02x%02x" r g b
  | `Gray n -> Printf.sprintf "gray %d" n

let is_primary = function `Red | `Green | `Blue -> true | _ -> false

type animal = [ `Cat | `Dog | `Bird of string ]
type pet = [ animal | `Fish ]

let sound : pet -> string = function
  | `Cat -> "meow"
  | `Dog -> "woof"
  | `Bird name -> name ^ " tweets"
  | `Fish -> "..."

let () =
  List.iter (fun c -> print_endline (describe c)) [ `Red; `Green; `Rgb (255, 16, 0); `Gray 128 ];
  Printf.printf "%b %b %b\n" (is_primary `Red) (is_primary `Blue) (is_primary `Purple);
  List.iter (fun p -> print_endline (sound p)) [ `Cat; `Dog; `Bird "polly"; `Fish ];
  let animals : animal list = [ `Cat; `Bird "tweety" ] in
  List.iter (fun a -> print_endline (sound (a :> pet))) animals;
  Printf.printf "%b %b\n" (`A = `A) (`A 1 = `A 2);
  Printf.printf "%d\n" (compare `Apple `Banana);
  Printf.printf "%d\n" (List.length (List.sort_uniq compare [ `X; `Y; `X; `Z 1; `Z 1 ]))
