open Ppx_yojson_conv_lib.Yojson_conv.Primitives
type shape = Circle of float | Rect of float * float | Empty | Named of string * shape list [@@deriving yojson]
let () =
  let shapes = [Circle 1.5; Rect (2., 3.); Empty; Named ("group", [Empty; Circle 0.5])] in
  List.iter (fun s -> print_endline (Yojson.Safe.to_string (yojson_of_shape s))) shapes;
  let back = List.map (fun s -> shape_of_yojson (yojson_of_shape s)) shapes in
  Printf.printf "%b\n" (back = shapes);
  match shape_of_yojson (Yojson.Safe.from_string {|["Rect", 1, 2.5]|}) with
  | Rect (w, h) -> Printf.printf "%g %g\n" w h
  | _ -> print_endline "?"
