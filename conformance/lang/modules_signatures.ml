(* Signatures, ascription (including with the library's module types), functors checked
   against their parameter, and first-class modules. *)
module SMap : Map.S with type key = string = Map.Make (String)
module IS : Set.S with type elt = int = Set.Make (Int)

module type COUNTER = sig
  type t
  val zero : t
  val incr : t -> t
  val show : t -> string
end

module Counter : COUNTER = struct
  type t = int
  let zero = 0
  let incr n = n + 1
  let show = string_of_int
end

module type SHOW = sig type t val show : t -> string end

module Twice (S : SHOW) = struct
  let show x = S.show x ^ S.show x
end

module T = Twice (struct type t = int let show = string_of_int end)

let plugins : (module SHOW with type t = int) list =
  [ (module struct type t = int let show n = "<" ^ string_of_int n ^ ">" end);
    (module struct type t = int let show n = "[" ^ string_of_int n ^ "]" end) ]

let () =
  let m = SMap.add "b" 2 (SMap.add "a" 1 SMap.empty) in
  SMap.iter (fun k v -> Printf.printf "%s=%d\n" k v) m;
  print_endline (String.concat "," (List.map string_of_int (IS.elements (IS.of_list [3; 1; 2]))));
  print_endline (Counter.show (Counter.incr (Counter.incr Counter.zero)));
  print_endline (T.show 7);
  List.iter (fun (module P : SHOW with type t = int) -> print_endline (P.show 5)) plugins;
  let (module First) = List.hd plugins in
  print_endline (First.show 1)
