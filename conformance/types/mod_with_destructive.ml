module type S = sig type t val x : t val f : t -> t list end
module type T = sig type u include S with type t := u val g : u -> int end
module M : T = struct type u = int let x = 1 let f y = [y] let g y = y end
module type P = sig type 'a c val wrap : 'a -> 'a c end
module type Q = P with type 'a c := 'a list
module L : Q = struct let wrap x = [x] end
let l = L.wrap 1
