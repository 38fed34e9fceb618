module type S = sig val pair : int -> string -> int * string val first : int list -> int option end
module M : S = struct
  let pair a b = (a, b)
  let first = function [] -> None | x :: _ -> Some x
end
