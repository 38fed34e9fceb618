(* A recursive module's function called before its module is initialised raises
   Undefined_recursive_module with where that module's body starts *)
module rec A : sig
  val f : int -> int
  val v : int
end = struct
  let f x = x + 1
  let v = try B.g 2 with Undefined_recursive_module (file, line, col) -> Printf.printf "caught %s %d %d\n" file line col; -1
end

and B : sig
  val g : int -> int
end = struct
  let g x = A.f x * 10
end

let () =
  Printf.printf "%d %d\n" A.v (B.g 4);
  print_endline "and now uncaught"

module rec C : sig
  val h : unit -> int
end = struct
  let h () = 1
  let _ = D.k ()
end

and D : sig
  val k : unit -> int
end = struct
  let k () = C.h () + 1
end
