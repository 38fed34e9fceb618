module type ORDERED = sig
  type t
  val compare : t -> t -> int
  val to_string : t -> string
end

module SortedList (O : ORDERED) = struct
  type t = O.t list
  let empty : t = []
  let rec insert x = function
    | [] -> [ x ]
    | y :: r as l -> if O.compare x y <= 0 then x :: l else y :: insert x r
  let of_list l = List.fold_left (fun acc x -> insert x acc) empty l
  let to_string l = "[" ^ String.concat " " (List.map O.to_string l) ^ "]"
end

module Int_ord = struct type t = int let compare = compare let to_string = string_of_int end
module Rev_string = struct type t = string let compare a b = compare b a let to_string s = s end

module IL = SortedList (Int_ord)
module RL = SortedList (Rev_string)

module Pair (A : ORDERED) (B : ORDERED) : ORDERED with type t = A.t * B.t = struct
  type t = A.t * B.t
  let compare (a1, b1) (a2, b2) = match A.compare a1 a2 with 0 -> B.compare b1 b2 | c -> c
  let to_string (a, b) = "(" ^ A.to_string a ^ "," ^ B.to_string b ^ ")"
end

module PL = SortedList (Pair (Int_ord) (Rev_string))

let () =
  print_endline (IL.to_string (IL.of_list [ 5; 3; 8; 1; 9; 2 ]));
  print_endline (RL.to_string (RL.of_list [ "b"; "d"; "a"; "c" ]));
  print_endline (PL.to_string (PL.of_list [ (2, "x"); (1, "a"); (2, "z"); (1, "b") ]))
