module type A = sig type t val a : t end
module type B = A
module type C = sig include B val c : t -> int end
module M : C = struct type t = string let a = "a" let c = String.length end
let n = M.c M.a
