module type STACK = sig
  type 'a t
  val empty : 'a t
  val push : 'a -> 'a t -> 'a t
  val pop : 'a t -> ('a * 'a t) option
  val size : 'a t -> int
end

module ListStack : STACK = struct
  type 'a t = 'a list
  let empty = []
  let push x s = x :: s
  let pop = function [] -> None | x :: r -> Some (x, r)
  let size = List.length
  let secret = "hidden"
end

module type COUNTER = sig
  type t
  val zero : t
  val next : t -> t
  val to_int : t -> int
end

module C : COUNTER = struct
  type t = int
  let zero = 0
  let next n = n + 1
  let to_int n = n
end

module Transparent : COUNTER with type t = int = struct
  type t = int
  let zero = 100
  let next n = n + 10
  let to_int n = n
end

let () =
  let s = ListStack.(push 3 (push 2 (push 1 empty))) in
  Printf.printf "size %d\n" (ListStack.size s);
  let rec drain s = match ListStack.pop s with None -> () | Some (x, r) -> Printf.printf "pop %d\n" x; drain r in
  drain s;
  Printf.printf "%d\n" (C.to_int (C.next (C.next C.zero)));
  Printf.printf "%d\n" (Transparent.next 5 + Transparent.zero)
