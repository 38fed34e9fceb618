module type SHAPE = sig
  type t
  val name : string
  val make : float -> t
  val area : t -> float
end

module Square : SHAPE = struct
  type t = float
  let name = "square"
  let make side = side
  let area s = s *. s
end

module Circle : SHAPE = struct
  type t = { r : float }
  let name = "circle"
  let make r = { r }
  let area { r } = 3.14159 *. r *. r
end

let shapes : (module SHAPE) list = [ (module Square); (module Circle) ]

let describe (module S : SHAPE) size =
  let shape = S.make size in
  Printf.sprintf "%s of size %.1f has area %.2f" S.name size (S.area shape)

let find name =
  List.find_opt (fun (module S : SHAPE) -> S.name = name) shapes

let () =
  List.iter (fun m -> print_endline (describe m 2.0)) shapes;
  match find "circle" with
  | Some m ->
    let module M = (val m : SHAPE) in
    print_endline M.name
  | None -> print_endline "not found"
