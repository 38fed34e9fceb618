module A : sig type t = private int val make : int -> t end = struct type t = int let make x = x end
module B : sig val f : ?x:int -> int -> int end = struct let f ?(x = 1) y = x + y end
module C : sig module type T val n : int end = struct module type T = sig end let n = 1 end
module F (X : sig module M : sig type t val v : t end end) = struct type u = X.M.t let w = X.M.v end
module G = F (struct module M = struct type t = int let v = 3 end end)
let g = G.w + 1
module D : sig type t type u = t list val us : u end = struct type t = int type u = int list let us = [1] end
module E : sig type t = private A | B val a : t end = struct type t = A | B let a = A end
module H : sig val len : 'a list -> int end = struct let len = List.length end
module I : sig type ('a, 'b) t = 'a * 'b end = struct type ('x, 'y) t = 'x * 'y end
module L = struct type t = { a : int } let mk a = { a } end
module N : sig exception E of int val raise_it : unit -> 'a end = struct exception E of int let raise_it () = raise (E 1) end
let n = try N.raise_it () with N.E x -> x
module O : sig val r : int list ref end = struct let r = ref [] end
module P (X : sig type t end) : sig type t = X.t list end = struct type t = X.t list end
module Q = P (Int)
let q : Q.t = [1]
