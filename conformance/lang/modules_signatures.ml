module type COUNTER = sig type t val make : unit -> t val incr : t -> unit val get : t -> int end
module Counter : COUNTER = struct
  type t = int ref
  let make () = ref 0
  let incr c = c := !c + 1
  let get c = !c
end
module Pair (A : COUNTER) = struct
  let both () = let a = A.make () and b = A.make () in A.incr a; A.incr a; A.incr b; (A.get a, A.get b)
end
module P = Pair (Counter)
let () = let (x, y) = P.both () in Printf.printf "%d %d\n" x y
module M = struct
  let x = 1
  module N = struct let y = x + 1 end
  include N
end
let () = Printf.printf "%d %d %d\n" M.x M.N.y M.y
let () = let open M in print_int (x + y); print_newline ()
