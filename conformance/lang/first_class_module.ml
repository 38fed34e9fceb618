module type SHAPE = sig
  val name : string
  val area : unit -> float
end

let make_circle r = (module struct let name = "circle" let area () = Float.pi *. r *. r end : SHAPE)
let make_square s = (module struct let name = "square" let area () = s *. s end : SHAPE)

let describe (module S : SHAPE) = Printf.sprintf "%s with area %.2f" S.name (S.area ())

module type MONOID = sig type t val empty : t val combine : t -> t -> t end

let concat_all (type a) (module M : MONOID with type t = a) (l : a list) = List.fold_left M.combine M.empty l

module Sum = struct type t = int let empty = 0 let combine = ( + ) end
module Str = struct type t = string let empty = "" let combine = ( ^ ) end

let () =
  let shapes = [ make_circle 1.; make_square 2.; make_circle 0.5 ] in
  List.iter (fun s -> print_endline (describe s)) shapes;
  let total = List.fold_left (fun acc (module S : SHAPE) -> acc +. S.area ()) 0. shapes in
  Printf.printf "total %.3f\n" total;
  Printf.printf "%d\n" (concat_all (module Sum) [ 1; 2; 3; 4 ]);
  print_endline (concat_all (module Str) [ "a"; "b"; "c" ]);
  let table = [ ("sum", (module Sum : MONOID with type t = int)) ] in
  let (module M) = List.assoc "sum" table in
  Printf.printf "%d\n" (M.combine 20 22);
  let module S = (val make_square 3.) in
  Printf.printf "%s %.1f\n" S.name (S.area ())
